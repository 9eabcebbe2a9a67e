// expect: none
// why: uc_mem_region is caller-allocated (uc_mem_region_get fills the caller's object); v2 spells its size member
// why: size_t instead of unsigned long, which size_t names on this target: the same type, nothing changed.
// abidiff: 0 agree
//--- v1/unicorn.h
#include <stdint.h>
typedef struct uc_mem_region { uint64_t begin; uint64_t end; unsigned long size; uint32_t perms; } uc_mem_region;
int uc_mem_region_get(int index, uc_mem_region *out);
//--- v2/unicorn.h
#include <stdint.h>
#include <stddef.h>
typedef struct uc_mem_region { uint64_t begin; uint64_t end; size_t size; uint32_t perms; } uc_mem_region;
int uc_mem_region_get(int index, uc_mem_region *out);
//--- v1
#include "unicorn.h"
int uc_mem_region_get(int index, uc_mem_region *out) { out->begin = (uint64_t)index << 12; out->end = out->begin + 0xfff; out->size = 0x1000; out->perms = 7; return 0; }
//--- v2
#include "unicorn.h"
int uc_mem_region_get(int index, uc_mem_region *out) { out->begin = (uint64_t)index << 12; out->end = out->begin + 0xfff; out->size = 0x1000; out->perms = 7; return 0; }
