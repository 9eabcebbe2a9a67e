// expect: breaking
// why: nettle 3.0 changed sha256_update's length from unsigned to size_t. Old callers set only %esi's 32 bits
// why: (the upper half of %rsi is undefined under the x86-64 ABI), and the library now reads all 64 as the
// why: length: a value passed with another size.
// abidiff: 4 agree
//--- v1/sha2.h
#include <stdint.h>
struct sha256_ctx { uint32_t state[8]; uint64_t count; unsigned index; uint8_t block[64]; };
void sha256_init(struct sha256_ctx *ctx);
void sha256_update(struct sha256_ctx *ctx, unsigned length, const uint8_t *data);
//--- v2/sha2.h
#include <stddef.h>
#include <stdint.h>
struct sha256_ctx { uint32_t state[8]; uint64_t count; unsigned index; uint8_t block[64]; };
void sha256_init(struct sha256_ctx *ctx);
void sha256_update(struct sha256_ctx *ctx, size_t length, const uint8_t *data);
//--- v1
#include <string.h>
#include "sha2.h"
void sha256_init(struct sha256_ctx *ctx) { memset(ctx, 0, sizeof *ctx); ctx->state[0] = 0x6a09e667u; }
void sha256_update(struct sha256_ctx *ctx, unsigned length, const uint8_t *data) {
  for (unsigned i = 0; i < length; i++) { ctx->block[ctx->index] = data[i]; ctx->index = (ctx->index + 1) & 63; if (!ctx->index) ctx->count++; }
}
//--- v2
#include <string.h>
#include "sha2.h"
void sha256_init(struct sha256_ctx *ctx) { memset(ctx, 0, sizeof *ctx); ctx->state[0] = 0x6a09e667u; }
void sha256_update(struct sha256_ctx *ctx, size_t length, const uint8_t *data) {
  for (size_t i = 0; i < length; i++) { ctx->block[ctx->index] = data[i]; ctx->index = (ctx->index + 1) & 63; if (!ctx->index) ctx->count++; }
}
