// expect: warning
// why: struct xsk_ring_prod is allocated by callers and initialised by xsk_ring_prod_init_simple; callers' code (libxdp's
// why: ring helpers are inline in the header) then reads and writes its members. v2 declares cached_prod and
// why: cached_cons volatile: the layout holds, but the members' qualifiers change, so what an access means (every read
// why: and write reaching memory) differs between old callers' code and the library: volatile added to members.
// abidiff: 4 agree
//--- v1/xsk.h
#include <stdint.h>
typedef uint32_t __u32;
struct xsk_ring_prod { __u32 cached_prod; __u32 cached_cons; __u32 mask; __u32 size; __u32 *producer; __u32 *consumer; void *ring; __u32 *flags; };
int xsk_ring_prod_init_simple(struct xsk_ring_prod *ring, void *map, __u32 ndescs);
__u32 xsk_prod_nb_free(struct xsk_ring_prod *r, __u32 nb);
//--- v2/xsk.h
#include <stdint.h>
typedef uint32_t __u32;
struct xsk_ring_prod { volatile __u32 cached_prod; volatile __u32 cached_cons; __u32 mask; __u32 size; __u32 *producer; __u32 *consumer; void *ring; __u32 *flags; };
int xsk_ring_prod_init_simple(struct xsk_ring_prod *ring, void *map, __u32 ndescs);
__u32 xsk_prod_nb_free(struct xsk_ring_prod *r, __u32 nb);
//--- v1
#include "xsk.h"
int xsk_ring_prod_init_simple(struct xsk_ring_prod *ring, void *map, __u32 ndescs) {
    if (!map || !ndescs || (ndescs & (ndescs - 1))) return -22;
    __u32 *words = map; ring->producer = &words[0]; ring->consumer = &words[1]; ring->flags = &words[2]; ring->ring = &words[4];
    ring->mask = ndescs - 1; ring->size = ndescs; ring->cached_prod = *ring->producer; ring->cached_cons = *ring->consumer + ndescs; return 0;
}
__u32 xsk_prod_nb_free(struct xsk_ring_prod *r, __u32 nb) { __u32 free_entries = r->cached_cons - r->cached_prod; if (free_entries >= nb) return free_entries; r->cached_cons = *r->consumer + r->size; return r->cached_cons - r->cached_prod; }
//--- v2
#include "xsk.h"
int xsk_ring_prod_init_simple(struct xsk_ring_prod *ring, void *map, __u32 ndescs) {
    if (!map || !ndescs || (ndescs & (ndescs - 1))) return -22;
    __u32 *words = map; ring->producer = &words[0]; ring->consumer = &words[1]; ring->flags = &words[2]; ring->ring = &words[4];
    ring->mask = ndescs - 1; ring->size = ndescs; ring->cached_prod = *ring->producer; ring->cached_cons = *ring->consumer + ndescs; return 0;
}
__u32 xsk_prod_nb_free(struct xsk_ring_prod *r, __u32 nb) { __u32 free_entries = r->cached_cons - r->cached_prod; if (free_entries >= nb) return free_entries; r->cached_cons = *r->consumer + r->size; return r->cached_cons - r->cached_prod; }
