// expect: breaking
// why: gcry_cipher_ctx is caller-allocated (callers declare one and pass it to gcry_cipher_init). v2 marks it
// why: __attribute__((aligned(16))) for SSE: its size goes from 40 to 48 bytes and its alignment from 8 to
// why: 16, so gcry_cipher_init writes past an old caller's object and may use aligned loads on a misaligned one.
// abidiff: 4 agree
//--- v1/gcrypt.h
typedef struct gcry_cipher_ctx { double rounds; unsigned long key[3]; int mode; } gcry_cipher_ctx;
int gcry_cipher_init(gcry_cipher_ctx *ctx, int mode);
int gcry_cipher_mode(const gcry_cipher_ctx *ctx);
//--- v2/gcrypt.h
typedef struct gcry_cipher_ctx { double rounds; unsigned long key[3]; int mode; } __attribute__((aligned(16))) gcry_cipher_ctx;
int gcry_cipher_init(gcry_cipher_ctx *ctx, int mode);
int gcry_cipher_mode(const gcry_cipher_ctx *ctx);
//--- v1
#include <string.h>
#include "gcrypt.h"
int gcry_cipher_init(gcry_cipher_ctx *ctx, int mode) { memset(ctx, 0, sizeof *ctx); ctx->mode = mode; ctx->rounds = 10; return 0; }
int gcry_cipher_mode(const gcry_cipher_ctx *ctx) { return ctx->mode; }
//--- v2
#include <string.h>
#include "gcrypt.h"
int gcry_cipher_init(gcry_cipher_ctx *ctx, int mode) { memset(ctx, 0, sizeof *ctx); ctx->mode = mode; ctx->rounds = 10; return 0; }
int gcry_cipher_mode(const gcry_cipher_ctx *ctx) { return ctx->mode; }
