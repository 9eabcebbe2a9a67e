// expect: breaking
// why: blake2b_state is declared in blake2.h and always allocated by callers (on the stack or in their own structs),
// why: then initialised by blake2b_init and updated by blake2b_update. v2 inserts size_t outlen after buflen so that
// why: blake2b_final can check the requested length: last_node moves from offset 360 to 368 and the state grows from
// why: 368 to 376 bytes, so v2's blake2b_init writes last_node past the end of an old caller's state.
// abidiff: 4 agree
//--- v1/blake2.h
#include <stddef.h>
#include <stdint.h>
enum blake2b_constant { BLAKE2B_BLOCKBYTES = 128, BLAKE2B_OUTBYTES = 64, BLAKE2B_KEYBYTES = 64 };
typedef struct blake2b_state__ { uint64_t h[8]; uint64_t t[2]; uint64_t f[2]; uint8_t buf[2 * BLAKE2B_BLOCKBYTES]; size_t buflen; uint8_t last_node; } blake2b_state;
int blake2b_init(blake2b_state *S, size_t outlen);
int blake2b_update(blake2b_state *S, const void *in, size_t inlen);
int blake2b_final(blake2b_state *S, void *out, size_t outlen);
//--- v2/blake2.h
#include <stddef.h>
#include <stdint.h>
enum blake2b_constant { BLAKE2B_BLOCKBYTES = 128, BLAKE2B_OUTBYTES = 64, BLAKE2B_KEYBYTES = 64 };
typedef struct blake2b_state__ { uint64_t h[8]; uint64_t t[2]; uint64_t f[2]; uint8_t buf[2 * BLAKE2B_BLOCKBYTES]; size_t buflen; size_t outlen; uint8_t last_node; } blake2b_state;
int blake2b_init(blake2b_state *S, size_t outlen);
int blake2b_update(blake2b_state *S, const void *in, size_t inlen);
int blake2b_final(blake2b_state *S, void *out, size_t outlen);
//--- v1
#include <string.h>
#include "blake2.h"
static const uint64_t iv[8] = { 0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL };
int blake2b_init(blake2b_state *S, size_t outlen) { if (!outlen || outlen > BLAKE2B_OUTBYTES) return -1; memset(S, 0, sizeof *S); memcpy(S->h, iv, sizeof iv); S->h[0] ^= 0x01010000ULL ^ outlen; S->last_node = 0; return 0; }
int blake2b_update(blake2b_state *S, const void *in, size_t inlen) { const uint8_t *p = in; while (inlen--) { if (S->buflen == sizeof S->buf) { S->t[0] += S->buflen; for (int i = 0; i < 8; i++) S->h[i] ^= S->buf[i] * 0x100000001b3ULL; S->buflen = 0; } S->buf[S->buflen++] = *p++; } return 0; }
int blake2b_final(blake2b_state *S, void *out, size_t outlen) { if (!out || outlen > BLAKE2B_OUTBYTES) return -1; S->f[0] = ~0ULL; if (S->last_node) S->f[1] = ~0ULL; for (size_t i = 0; i < S->buflen; i++) S->h[i % 8] += S->buf[i]; memcpy(out, S->h, outlen); return 0; }
//--- v2
#include <string.h>
#include "blake2.h"
static const uint64_t iv[8] = { 0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL };
int blake2b_init(blake2b_state *S, size_t outlen) { if (!outlen || outlen > BLAKE2B_OUTBYTES) return -1; memset(S, 0, sizeof *S); memcpy(S->h, iv, sizeof iv); S->h[0] ^= 0x01010000ULL ^ outlen; S->outlen = outlen; S->last_node = 0; return 0; }
int blake2b_update(blake2b_state *S, const void *in, size_t inlen) { const uint8_t *p = in; while (inlen--) { if (S->buflen == sizeof S->buf) { S->t[0] += S->buflen; for (int i = 0; i < 8; i++) S->h[i] ^= S->buf[i] * 0x100000001b3ULL; S->buflen = 0; } S->buf[S->buflen++] = *p++; } return 0; }
int blake2b_final(blake2b_state *S, void *out, size_t outlen) { if (!out || outlen < S->outlen) return -1; S->f[0] = ~0ULL; if (S->last_node) S->f[1] = ~0ULL; for (size_t i = 0; i < S->buflen; i++) S->h[i % 8] += S->buf[i]; memcpy(out, S->h, S->outlen); return 0; }
