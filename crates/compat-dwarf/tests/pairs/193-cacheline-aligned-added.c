// expect: breaking
// why: struct ring_stats is caller-allocated (ring_stats_reset and ring_stats_get take a pointer, nothing hands
// why: one out); v2 marks it __attribute__((aligned(64))) to keep it on its own cache line, so its size grows
// why: from 24 to 64 bytes and its alignment from 8 to 64: the library's memset of sizeof overruns old callers'
// why: 24-byte objects.
// abidiff: 4 agree
//--- v1/ring.h
#include <stdint.h>
struct ring_stats { uint64_t head; uint64_t tail; uint32_t dropped; };
void ring_stats_reset(struct ring_stats *s);
uint64_t ring_stats_get(const struct ring_stats *s);
//--- v2/ring.h
#include <stdint.h>
struct ring_stats { uint64_t head; uint64_t tail; uint32_t dropped; } __attribute__((aligned(64)));
void ring_stats_reset(struct ring_stats *s);
uint64_t ring_stats_get(const struct ring_stats *s);
//--- lib.c
#include <string.h>
#include "ring.h"
void ring_stats_reset(struct ring_stats *s) { memset(s, 0, sizeof *s); }
uint64_t ring_stats_get(const struct ring_stats *s) { return s->head - s->tail + s->dropped; }
