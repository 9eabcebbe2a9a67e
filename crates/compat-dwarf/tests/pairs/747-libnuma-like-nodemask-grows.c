// expect: breaking
// why: nodemask_t is a caller-allocated bit array: applications declare one and pass it to numa_get_run_node_mask_v1
// why: style functions that fill it (numa_nodemask_fill, numa_bind_v1). v2 raises NUMA_NUM_NODES from 128 to 2048
// why: for large machines, growing the struct from 16 to 256 bytes: the library now clears and writes 256 bytes into
// why: the 16 that v1-built callers reserved.
// abidiff: 4 agree
//--- v1/numa.h
#define NUMA_NUM_NODES 128
typedef struct { unsigned long n[NUMA_NUM_NODES / (sizeof(unsigned long) * 8)]; } nodemask_t;
void numa_nodemask_fill(nodemask_t *mask, int max_node);
int numa_nodemask_isset(const nodemask_t *mask, int node);
int numa_max_node(void);
//--- v2/numa.h
#define NUMA_NUM_NODES 2048
typedef struct { unsigned long n[NUMA_NUM_NODES / (sizeof(unsigned long) * 8)]; } nodemask_t;
void numa_nodemask_fill(nodemask_t *mask, int max_node);
int numa_nodemask_isset(const nodemask_t *mask, int node);
int numa_max_node(void);
//--- v1
#include <string.h>
#include "numa.h"
#define BITS (sizeof(unsigned long) * 8)
void numa_nodemask_fill(nodemask_t *mask, int max_node) { memset(mask, 0, sizeof *mask); for (int i = 0; i <= max_node && i < NUMA_NUM_NODES; i++) mask->n[i / BITS] |= 1UL << (i % BITS); }
int numa_nodemask_isset(const nodemask_t *mask, int node) { return node >= 0 && node < NUMA_NUM_NODES && ((mask->n[node / BITS] >> (node % BITS)) & 1); }
int numa_max_node(void) { return 3; }
//--- v2
#include <string.h>
#include "numa.h"
#define BITS (sizeof(unsigned long) * 8)
void numa_nodemask_fill(nodemask_t *mask, int max_node) { memset(mask, 0, sizeof *mask); for (int i = 0; i <= max_node && i < NUMA_NUM_NODES; i++) mask->n[i / BITS] |= 1UL << (i % BITS); }
int numa_nodemask_isset(const nodemask_t *mask, int node) { return node >= 0 && node < NUMA_NUM_NODES && ((mask->n[node / BITS] >> (node % BITS)) & 1); }
int numa_max_node(void) { return 3; }
