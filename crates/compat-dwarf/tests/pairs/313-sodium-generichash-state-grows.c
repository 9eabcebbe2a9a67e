// expect: breaking
// why: crypto_generichash_state is an opaque byte array the caller allocates (crypto_generichash_state st;
// why: crypto_generichash_init(&st, ...)); nothing hands one out. v2 grows it from 361 to 384 bytes, and the
// why: library zeroes and uses all of it, writing past old callers' stack objects.
// abidiff: 4 agree
//--- v1/sodium.h
#include <stddef.h>
typedef struct crypto_generichash_state { unsigned char opaque[361]; } crypto_generichash_state;
int crypto_generichash_init(crypto_generichash_state *state, const unsigned char *key, size_t keylen, size_t outlen);
int crypto_generichash_update(crypto_generichash_state *state, const unsigned char *in, unsigned long long inlen);
size_t crypto_generichash_statebytes(void);
//--- v2/sodium.h
#include <stddef.h>
typedef struct crypto_generichash_state { unsigned char opaque[384]; } crypto_generichash_state;
int crypto_generichash_init(crypto_generichash_state *state, const unsigned char *key, size_t keylen, size_t outlen);
int crypto_generichash_update(crypto_generichash_state *state, const unsigned char *in, unsigned long long inlen);
size_t crypto_generichash_statebytes(void);
//--- lib.c
#include <string.h>
#include "sodium.h"
int crypto_generichash_init(crypto_generichash_state *state, const unsigned char *key, size_t keylen, size_t outlen) {
  if (outlen == 0 || outlen > 64 || keylen > 64) return -1;
  memset(state, 0, sizeof *state);
  state->opaque[0] = (unsigned char)outlen;
  if (key) memcpy(state->opaque + 1, key, keylen);
  return 0;
}
int crypto_generichash_update(crypto_generichash_state *state, const unsigned char *in, unsigned long long inlen) {
  for (unsigned long long i = 0; i < inlen; i++) state->opaque[sizeof state->opaque - 1 - (i % 128)] ^= in[i];
  return 0;
}
size_t crypto_generichash_statebytes(void) { return sizeof(crypto_generichash_state); }
