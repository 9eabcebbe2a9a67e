// expect: info
// why: the reverse of 746: XXH32_state_t is caller-allocated (a stack state passed to XXH32_reset and XXH32_update)
// why: and v2 spells its accumulator array uint32_t v[4] as four members v1, v2, v3, v4 of the same type: the same
// why: four 4-byte unsigned integers at bytes 8 to 24, in order, every other member in place, size 48. Old binaries
// why: are unaffected; only sources naming state.v change.
// abidiff: 4 disagree: abidiff reports v replaced by v1..v4; the same four 4-byte unsigned integers sit at the same offsets and the size holds.
// message: was split into v1, v2, v3, v4
//--- v1/xxhash.h
#include <stddef.h>
typedef unsigned int XXH32_hash_t;
struct XXH32_state_s { XXH32_hash_t total_len_32; XXH32_hash_t large_len; XXH32_hash_t v[4]; XXH32_hash_t mem32[4]; XXH32_hash_t memsize; XXH32_hash_t reserved; };
typedef struct XXH32_state_s XXH32_state_t;
int XXH32_reset(XXH32_state_t *statePtr, XXH32_hash_t seed);
int XXH32_update(XXH32_state_t *statePtr, const void *input, size_t length);
XXH32_hash_t XXH32_digest(const XXH32_state_t *statePtr);
//--- v2/xxhash.h
#include <stddef.h>
typedef unsigned int XXH32_hash_t;
struct XXH32_state_s { XXH32_hash_t total_len_32; XXH32_hash_t large_len; XXH32_hash_t v1; XXH32_hash_t v2; XXH32_hash_t v3; XXH32_hash_t v4; XXH32_hash_t mem32[4]; XXH32_hash_t memsize; XXH32_hash_t reserved; };
typedef struct XXH32_state_s XXH32_state_t;
int XXH32_reset(XXH32_state_t *statePtr, XXH32_hash_t seed);
int XXH32_update(XXH32_state_t *statePtr, const void *input, size_t length);
XXH32_hash_t XXH32_digest(const XXH32_state_t *statePtr);
//--- v1
#include <string.h>
#include "xxhash.h"
#define P1 2654435761U
#define P2 2246822519U
static XXH32_hash_t rnd(XXH32_hash_t acc, XXH32_hash_t in) { acc += in * P2; acc = (acc << 13) | (acc >> 19); return acc * P1; }
int XXH32_reset(XXH32_state_t *s, XXH32_hash_t seed) { memset(s, 0, sizeof *s); s->v[0] = seed + P1 + P2; s->v[1] = seed + P2; s->v[2] = seed; s->v[3] = seed - P1; return 0; }
int XXH32_update(XXH32_state_t *s, const void *input, size_t length) { const unsigned char *p = input; s->total_len_32 += (XXH32_hash_t)length; s->large_len |= length >= 16; for (size_t i = 0; i < length; i++) s->v[i & 3] = rnd(s->v[i & 3], p[i]); return 0; }
XXH32_hash_t XXH32_digest(const XXH32_state_t *s) { return s->v[0] ^ (s->v[1] << 1) ^ (s->v[2] << 7) ^ (s->v[3] << 12) ^ s->total_len_32; }
//--- v2
#include <string.h>
#include "xxhash.h"
#define P1 2654435761U
#define P2 2246822519U
static XXH32_hash_t rnd(XXH32_hash_t acc, XXH32_hash_t in) { acc += in * P2; acc = (acc << 13) | (acc >> 19); return acc * P1; }
int XXH32_reset(XXH32_state_t *s, XXH32_hash_t seed) { memset(s, 0, sizeof *s); s->v1 = seed + P1 + P2; s->v2 = seed + P2; s->v3 = seed; s->v4 = seed - P1; return 0; }
int XXH32_update(XXH32_state_t *s, const void *input, size_t length) { const unsigned char *p = input; s->total_len_32 += (XXH32_hash_t)length; s->large_len |= length >= 16; for (size_t i = 0; i < length; i++) { XXH32_hash_t b = p[i]; switch (i & 3) { case 0: s->v1 = rnd(s->v1, b); break; case 1: s->v2 = rnd(s->v2, b); break; case 2: s->v3 = rnd(s->v3, b); break; default: s->v4 = rnd(s->v4, b); } } return 0; }
XXH32_hash_t XXH32_digest(const XXH32_state_t *s) { return s->v1 ^ (s->v2 << 1) ^ (s->v3 << 7) ^ (s->v4 << 12) ^ s->total_len_32; }
