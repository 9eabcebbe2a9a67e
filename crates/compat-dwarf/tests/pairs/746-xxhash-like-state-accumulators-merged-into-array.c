// expect: info
// why: XXH64_state_t is caller-allocated (XXH_STATIC_LINKING_ONLY exposes struct XXH64_state_s for stack states
// why: passed to XXH64_reset and XXH64_update). xxHash 0.8 replaced the accumulators v1, v2, v3, v4 by an array
// why: v[4]: the same four 8-byte unsigned integers at offsets 8 to 32, every other member in place, size 88. Old
// why: binaries are unaffected; only sources naming state.v1 change.
// abidiff: 4 disagree: abidiff reports v1..v4 replaced by v[4]; the same four 8-byte unsigned integers sit at the same offsets and the size holds.
//--- v1/xxhash.h
#include <stddef.h>
typedef unsigned long long XXH64_hash_t;
typedef unsigned int XXH32_hash_t;
struct XXH64_state_s { XXH64_hash_t total_len; XXH64_hash_t v1; XXH64_hash_t v2; XXH64_hash_t v3; XXH64_hash_t v4; XXH64_hash_t mem64[4]; XXH32_hash_t memsize; XXH32_hash_t reserved32; XXH64_hash_t reserved64; };
typedef struct XXH64_state_s XXH64_state_t;
int XXH64_reset(XXH64_state_t *statePtr, XXH64_hash_t seed);
int XXH64_update(XXH64_state_t *statePtr, const void *input, size_t length);
XXH64_hash_t XXH64_digest(const XXH64_state_t *statePtr);
//--- v2/xxhash.h
#include <stddef.h>
typedef unsigned long long XXH64_hash_t;
typedef unsigned int XXH32_hash_t;
struct XXH64_state_s { XXH64_hash_t total_len; XXH64_hash_t v[4]; XXH64_hash_t mem64[4]; XXH32_hash_t memsize; XXH32_hash_t reserved32; XXH64_hash_t reserved64; };
typedef struct XXH64_state_s XXH64_state_t;
int XXH64_reset(XXH64_state_t *statePtr, XXH64_hash_t seed);
int XXH64_update(XXH64_state_t *statePtr, const void *input, size_t length);
XXH64_hash_t XXH64_digest(const XXH64_state_t *statePtr);
//--- v1
#include <string.h>
#include "xxhash.h"
#define P1 11400714785074694791ULL
#define P2 14029467366897019727ULL
static XXH64_hash_t rnd(XXH64_hash_t acc, XXH64_hash_t in) { acc += in * P2; acc = (acc << 31) | (acc >> 33); return acc * P1; }
int XXH64_reset(XXH64_state_t *s, XXH64_hash_t seed) { memset(s, 0, sizeof *s); s->v1 = seed + P1 + P2; s->v2 = seed + P2; s->v3 = seed; s->v4 = seed - P1; return 0; }
int XXH64_update(XXH64_state_t *s, const void *input, size_t length) { const unsigned char *p = input; s->total_len += length; for (size_t i = 0; i < length; i++) { XXH64_hash_t b = p[i]; switch (i & 3) { case 0: s->v1 = rnd(s->v1, b); break; case 1: s->v2 = rnd(s->v2, b); break; case 2: s->v3 = rnd(s->v3, b); break; default: s->v4 = rnd(s->v4, b); } } return 0; }
XXH64_hash_t XXH64_digest(const XXH64_state_t *s) { return s->v1 ^ (s->v2 << 7) ^ (s->v3 << 12) ^ (s->v4 << 18) ^ s->total_len; }
//--- v2
#include <string.h>
#include "xxhash.h"
#define P1 11400714785074694791ULL
#define P2 14029467366897019727ULL
static XXH64_hash_t rnd(XXH64_hash_t acc, XXH64_hash_t in) { acc += in * P2; acc = (acc << 31) | (acc >> 33); return acc * P1; }
int XXH64_reset(XXH64_state_t *s, XXH64_hash_t seed) { memset(s, 0, sizeof *s); s->v[0] = seed + P1 + P2; s->v[1] = seed + P2; s->v[2] = seed; s->v[3] = seed - P1; return 0; }
int XXH64_update(XXH64_state_t *s, const void *input, size_t length) { const unsigned char *p = input; s->total_len += length; for (size_t i = 0; i < length; i++) s->v[i & 3] = rnd(s->v[i & 3], p[i]); return 0; }
XXH64_hash_t XXH64_digest(const XXH64_state_t *s) { return s->v[0] ^ (s->v[1] << 7) ^ (s->v[2] << 12) ^ (s->v[3] << 18) ^ s->total_len; }
