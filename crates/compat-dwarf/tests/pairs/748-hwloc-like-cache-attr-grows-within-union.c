// expect: info
// why: struct hwloc_obj is handed out by hwloc_get_obj_by_depth and its attr points to union hwloc_obj_attr_u, whose
// why: largest variant is the 48-byte PCI device. v2 appends unsigned int line_partitions to the 24-byte cache
// why: variant, which becomes 32 bytes: still within the union, so the union stays 48 bytes and every existing
// why: member of every variant, of the object and of the union keeps its offset. Nothing consumers read or the
// why: library writes moves; readers of the API gain a member.
// abidiff: 4 disagree: abidiff reports the cache variant's new member; the variant stays within the union, which keeps its 48 bytes and every offset.
//--- v1/hwloc.h
typedef unsigned long long hwloc_uint64_t;
typedef enum hwloc_obj_cache_type_e { HWLOC_OBJ_CACHE_UNIFIED, HWLOC_OBJ_CACHE_DATA, HWLOC_OBJ_CACHE_INSTRUCTION } hwloc_obj_cache_type_t;
union hwloc_obj_attr_u {
    struct hwloc_numanode_attr_s { hwloc_uint64_t local_memory; unsigned page_types_len; } numanode;
    struct hwloc_cache_attr_s { hwloc_uint64_t size; unsigned depth; unsigned linesize; int associativity; hwloc_obj_cache_type_t type; } cache;
    struct hwloc_pcidev_attr_s { unsigned domain; unsigned char bus, dev, func; unsigned short class_id, vendor_id, device_id, subvendor_id, subdevice_id; unsigned char revision; float linkspeed; hwloc_uint64_t reserved[3]; } pcidev;
};
struct hwloc_obj { int type; char *subtype; unsigned os_index; char *name; hwloc_uint64_t total_memory; union hwloc_obj_attr_u *attr; int depth; unsigned logical_index; };
typedef struct hwloc_obj *hwloc_obj_t;
typedef struct hwloc_topology *hwloc_topology_t;
int hwloc_topology_init(hwloc_topology_t *topologyp);
hwloc_obj_t hwloc_get_obj_by_depth(hwloc_topology_t topology, int depth, unsigned idx);
void hwloc_topology_destroy(hwloc_topology_t topology);
//--- v2/hwloc.h
typedef unsigned long long hwloc_uint64_t;
typedef enum hwloc_obj_cache_type_e { HWLOC_OBJ_CACHE_UNIFIED, HWLOC_OBJ_CACHE_DATA, HWLOC_OBJ_CACHE_INSTRUCTION } hwloc_obj_cache_type_t;
union hwloc_obj_attr_u {
    struct hwloc_numanode_attr_s { hwloc_uint64_t local_memory; unsigned page_types_len; } numanode;
    struct hwloc_cache_attr_s { hwloc_uint64_t size; unsigned depth; unsigned linesize; int associativity; hwloc_obj_cache_type_t type; unsigned line_partitions; } cache;
    struct hwloc_pcidev_attr_s { unsigned domain; unsigned char bus, dev, func; unsigned short class_id, vendor_id, device_id, subvendor_id, subdevice_id; unsigned char revision; float linkspeed; hwloc_uint64_t reserved[3]; } pcidev;
};
struct hwloc_obj { int type; char *subtype; unsigned os_index; char *name; hwloc_uint64_t total_memory; union hwloc_obj_attr_u *attr; int depth; unsigned logical_index; };
typedef struct hwloc_obj *hwloc_obj_t;
typedef struct hwloc_topology *hwloc_topology_t;
int hwloc_topology_init(hwloc_topology_t *topologyp);
hwloc_obj_t hwloc_get_obj_by_depth(hwloc_topology_t topology, int depth, unsigned idx);
void hwloc_topology_destroy(hwloc_topology_t topology);
//--- v1
#include <stdlib.h>
#include "hwloc.h"
struct hwloc_topology { struct hwloc_obj objs[2]; union hwloc_obj_attr_u attrs[2]; };
int hwloc_topology_init(hwloc_topology_t *topologyp) { struct hwloc_topology *t = calloc(1, sizeof *t); if (!t) return -1; for (int i = 0; i < 2; i++) { t->objs[i].attr = &t->attrs[i]; t->objs[i].depth = i; } t->attrs[1].cache.size = 1 << 20; t->attrs[1].cache.linesize = 64; *topologyp = t; return 0; }
hwloc_obj_t hwloc_get_obj_by_depth(hwloc_topology_t topology, int depth, unsigned idx) { return depth >= 0 && depth < 2 && idx == 0 ? &topology->objs[depth] : 0; }
void hwloc_topology_destroy(hwloc_topology_t topology) { free(topology); }
//--- v2
#include <stdlib.h>
#include "hwloc.h"
struct hwloc_topology { struct hwloc_obj objs[2]; union hwloc_obj_attr_u attrs[2]; };
int hwloc_topology_init(hwloc_topology_t *topologyp) { struct hwloc_topology *t = calloc(1, sizeof *t); if (!t) return -1; for (int i = 0; i < 2; i++) { t->objs[i].attr = &t->attrs[i]; t->objs[i].depth = i; } t->attrs[1].cache.size = 1 << 20; t->attrs[1].cache.linesize = 64; t->attrs[1].cache.line_partitions = 1; *topologyp = t; return 0; }
hwloc_obj_t hwloc_get_obj_by_depth(hwloc_topology_t topology, int depth, unsigned idx) { return depth >= 0 && depth < 2 && idx == 0 ? &topology->objs[depth] : 0; }
void hwloc_topology_destroy(hwloc_topology_t topology) { free(topology); }
