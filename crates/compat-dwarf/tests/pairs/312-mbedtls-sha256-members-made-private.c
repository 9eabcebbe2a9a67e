// expect: info
// why: mbedtls 3.0 wrapped the members of the caller-allocated mbedtls_sha256_context in MBEDTLS_PRIVATE(), which
// why: renames total, state, buffer and is224 to private_total and so on: every member keeps its type, size and
// why: offset, so binaries are unaffected; consumers' sources that touched the members stop compiling, an API
// why: change a reader should see (as in 284).
// abidiff: 0 agree
//--- v1/sha256.h
#include <stdint.h>
#include <stddef.h>
typedef struct mbedtls_sha256_context { uint32_t total[2]; uint32_t state[8]; unsigned char buffer[64]; int is224; } mbedtls_sha256_context;
void mbedtls_sha256_init(mbedtls_sha256_context *ctx);
int mbedtls_sha256_starts(mbedtls_sha256_context *ctx, int is224);
int mbedtls_sha256_update(mbedtls_sha256_context *ctx, const unsigned char *input, size_t ilen);
//--- v2/sha256.h
#include <stdint.h>
#include <stddef.h>
#define MBEDTLS_PRIVATE(member) private_##member
typedef struct mbedtls_sha256_context { uint32_t MBEDTLS_PRIVATE(total)[2]; uint32_t MBEDTLS_PRIVATE(state)[8]; unsigned char MBEDTLS_PRIVATE(buffer)[64]; int MBEDTLS_PRIVATE(is224); } mbedtls_sha256_context;
void mbedtls_sha256_init(mbedtls_sha256_context *ctx);
int mbedtls_sha256_starts(mbedtls_sha256_context *ctx, int is224);
int mbedtls_sha256_update(mbedtls_sha256_context *ctx, const unsigned char *input, size_t ilen);
//--- v1
#include <string.h>
#include "sha256.h"
void mbedtls_sha256_init(mbedtls_sha256_context *ctx) { memset(ctx, 0, sizeof *ctx); }
int mbedtls_sha256_starts(mbedtls_sha256_context *ctx, int is224) { ctx->total[0] = ctx->total[1] = 0; ctx->state[0] = is224 ? 0xC1059ED8u : 0x6A09E667u; ctx->is224 = is224; return 0; }
int mbedtls_sha256_update(mbedtls_sha256_context *ctx, const unsigned char *input, size_t ilen) { for (size_t i = 0; i < ilen; i++) ctx->buffer[(ctx->total[0] + i) & 63] = input[i]; ctx->total[0] += (uint32_t)ilen; return 0; }
//--- v2
#include <string.h>
#include "sha256.h"
void mbedtls_sha256_init(mbedtls_sha256_context *ctx) { memset(ctx, 0, sizeof *ctx); }
int mbedtls_sha256_starts(mbedtls_sha256_context *ctx, int is224) { ctx->private_total[0] = ctx->private_total[1] = 0; ctx->private_state[0] = is224 ? 0xC1059ED8u : 0x6A09E667u; ctx->private_is224 = is224; return 0; }
int mbedtls_sha256_update(mbedtls_sha256_context *ctx, const unsigned char *input, size_t ilen) { for (size_t i = 0; i < ilen; i++) ctx->private_buffer[(ctx->private_total[0] + i) & 63] = input[i]; ctx->private_total[0] += (uint32_t)ilen; return 0; }
