// expect: warning
// why: cache_next hands out the library's own entries: given the previous one (NULL for the first) it writes a
// why: pointer to the next through its struct cache_entry ** out-parameter. The entries sit in the library's
// why: array, not in a chain (no member points to another entry), so the pointer it writes is not one back into
// why: anything the caller built. v2 appends expires; consumers never allocate an entry, but the struct is
// why: declared in a header and they may read its members, so only the public headers can tell: undecided (the
// why: other side of 836, whose requests link to each other through next).
// abidiff: 4 agree
//--- v1/cache.h
#include <stdint.h>
struct cache_entry { uint64_t key; uint32_t flags; uint32_t len; unsigned char data[32]; };
int cache_put(uint64_t key, const void *data, uint32_t len);
int cache_next(const struct cache_entry *prev, struct cache_entry **next);
//--- v2/cache.h
#include <stdint.h>
struct cache_entry { uint64_t key; uint32_t flags; uint32_t len; unsigned char data[32]; int64_t expires; };
int cache_put(uint64_t key, const void *data, uint32_t len);
int cache_next(const struct cache_entry *prev, struct cache_entry **next);
//--- v1
#include <string.h>
#include "cache.h"
static struct cache_entry entries[64];
static int used;
int cache_put(uint64_t key, const void *data, uint32_t len) {
    if (used == 64 || len > sizeof entries[0].data) return -1;
    struct cache_entry *e = &entries[used++];
    e->key = key; e->flags = 0; e->len = len; memcpy(e->data, data, len);
    return 0;
}
int cache_next(const struct cache_entry *prev, struct cache_entry **next) {
    int i = prev ? (int)(prev - entries) + 1 : 0;
    if (!next || i < 0 || i >= used) return 0;
    *next = &entries[i];
    return 1;
}
//--- v2
#include <string.h>
#include "cache.h"
static struct cache_entry entries[64];
static int used;
int cache_put(uint64_t key, const void *data, uint32_t len) {
    if (used == 64 || len > sizeof entries[0].data) return -1;
    struct cache_entry *e = &entries[used++];
    e->key = key; e->flags = 0; e->len = len; memcpy(e->data, data, len); e->expires = -1;
    return 0;
}
int cache_next(const struct cache_entry *prev, struct cache_entry **next) {
    int i = prev ? (int)(prev - entries) + 1 : 0;
    if (!next || i < 0 || i >= used) return 0;
    *next = &entries[i];
    return 1;
}
