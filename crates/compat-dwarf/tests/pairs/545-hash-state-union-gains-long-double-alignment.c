// expect: breaking
// why: struct hash_ctx is caller-allocated (struct hash_ctx c; hash_init(&c); hash_update(&c, ...)) and embeds
// why: union hash_state after unsigned algo. v2 adds a long double member to the union (for a new checksum's
// why: accumulator): the union stays 16 bytes but its alignment goes from 8 to 16, so state moves from byte 8 to
// why: 16 and hash_ctx grows from 24 to 32 bytes: the library writes past an old caller's object.
// abidiff: 4 agree
//--- v1/hash.h
#include <stdint.h>
union hash_state { uint64_t words[2]; unsigned char bytes[16]; };
struct hash_ctx { unsigned algo; union hash_state state; };
void hash_init(struct hash_ctx *c, unsigned algo);
void hash_update(struct hash_ctx *c, const void *data, unsigned long len);
//--- v2/hash.h
#include <stdint.h>
union hash_state { uint64_t words[2]; unsigned char bytes[16]; long double acc; };
struct hash_ctx { unsigned algo; union hash_state state; };
void hash_init(struct hash_ctx *c, unsigned algo);
void hash_update(struct hash_ctx *c, const void *data, unsigned long len);
//--- v1
#include "hash.h"
void hash_init(struct hash_ctx *c, unsigned algo) { c->algo = algo; c->state.words[0] = 0xcbf29ce484222325ull; c->state.words[1] = 0; }
void hash_update(struct hash_ctx *c, const void *data, unsigned long len) { const unsigned char *p = data; for (unsigned long i = 0; i < len; i++) { c->state.words[0] ^= p[i]; c->state.words[0] *= 0x100000001b3ull; } c->state.words[1] += len; }
//--- v2
#include "hash.h"
void hash_init(struct hash_ctx *c, unsigned algo) { c->algo = algo; c->state.words[0] = 0xcbf29ce484222325ull; c->state.words[1] = 0; }
void hash_update(struct hash_ctx *c, const void *data, unsigned long len) { const unsigned char *p = data; if (c->algo == 9) { for (unsigned long i = 0; i < len; i++) c->state.acc += p[i]; return; } for (unsigned long i = 0; i < len; i++) { c->state.words[0] ^= p[i]; c->state.words[0] *= 0x100000001b3ull; } c->state.words[1] += len; }
