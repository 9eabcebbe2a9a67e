// expect: info
// why: struct vk_alloc_info is caller-filled and handed to vk_allocate (nothing hands one out). v2 turns the first of
// why: uint32_t reserved[4] into uint32_t flags and keeps uint32_t reserved[3] after it: flags sits at byte 16 where
// why: reserved[0] was, everything else keeps its offset and the struct its 40 bytes. Callers that zeroed reserved
// why: pass flags = 0 (as in 32).
// abidiff: 4 disagree: abidiff reports reserved[4] replaced by flags and reserved[3]; flags fills exactly the old reserved[0] and nothing else moves (as in 32).
//--- v1/vk.h
#include <stdint.h>
struct vk_alloc_info { uint64_t size; uint32_t type_index; uint32_t pad; uint32_t reserved[4]; void *next; };
int vk_allocate(const struct vk_alloc_info *info, void **out);
//--- v2/vk.h
#include <stdint.h>
struct vk_alloc_info { uint64_t size; uint32_t type_index; uint32_t pad; uint32_t flags; uint32_t reserved[3]; void *next; };
int vk_allocate(const struct vk_alloc_info *info, void **out);
//--- v1
#include <stdlib.h>
#include "vk.h"
int vk_allocate(const struct vk_alloc_info *info, void **out) { *out = malloc(info->size ? info->size : 1); return *out ? 0 : -1; }
//--- v2
#include <stdlib.h>
#include "vk.h"
int vk_allocate(const struct vk_alloc_info *info, void **out) { *out = (info->flags & 1) ? calloc(1, info->size ? info->size : 1) : malloc(info->size ? info->size : 1); return *out ? 0 : -1; }
