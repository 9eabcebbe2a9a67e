// expect: breaking
// why: br_hash_class is BearSSL's C vtable: the library exports one const instance per hash (br_sha256_vtable), callers'
// why: generic code calls through it (hc->update(&ctx.vtable, ...), hc->out(&ctx.vtable, out)), and callers may pass
// why: their own table to br_hmac_key_init, which the library calls through. v2 inserts a clone slot before out, so
// why: out, state and set_state move one pointer down and the exported table grows from 56 to 64 bytes: old callers
// why: reach clone when they mean out, and v2 calls an old caller-built table's state slot as clone.
// abidiff: 4 agree
//--- v1/bearssl_hash.h
#include <stddef.h>
#include <stdint.h>
typedef struct br_hash_class_ br_hash_class;
struct br_hash_class_ {
    size_t context_size;
    uint32_t desc;
    void (*init)(const br_hash_class **ctx);
    void (*update)(const br_hash_class **ctx, const void *data, size_t len);
    void (*out)(const br_hash_class *const *ctx, void *dst);
    uint64_t (*state)(const br_hash_class *const *ctx, void *dst);
    void (*set_state)(const br_hash_class **ctx, const void *stb, uint64_t count);
};
typedef struct {
    const br_hash_class *vtable;
    unsigned char buf[64];
    uint64_t count;
    uint32_t val[8];
} br_sha256_context;
typedef struct {
    const br_hash_class *dig_vtable;
    unsigned char ksi[64], kso[64];
} br_hmac_key_context;
extern const br_hash_class br_sha256_vtable;
void br_sha256_init(br_sha256_context *ctx);
void br_hmac_key_init(br_hmac_key_context *kc, const br_hash_class *digest_vtable, const void *key, size_t key_len);
//--- v2/bearssl_hash.h
#include <stddef.h>
#include <stdint.h>
typedef struct br_hash_class_ br_hash_class;
struct br_hash_class_ {
    size_t context_size;
    uint32_t desc;
    void (*init)(const br_hash_class **ctx);
    void (*update)(const br_hash_class **ctx, const void *data, size_t len);
    void (*clone)(const br_hash_class *const *src, const br_hash_class **dst);
    void (*out)(const br_hash_class *const *ctx, void *dst);
    uint64_t (*state)(const br_hash_class *const *ctx, void *dst);
    void (*set_state)(const br_hash_class **ctx, const void *stb, uint64_t count);
};
typedef struct {
    const br_hash_class *vtable;
    unsigned char buf[64];
    uint64_t count;
    uint32_t val[8];
} br_sha256_context;
typedef struct {
    const br_hash_class *dig_vtable;
    unsigned char ksi[64], kso[64];
} br_hmac_key_context;
extern const br_hash_class br_sha256_vtable;
void br_sha256_init(br_sha256_context *ctx);
void br_hmac_key_init(br_hmac_key_context *kc, const br_hash_class *digest_vtable, const void *key, size_t key_len);
//--- v1
#include <string.h>
#include "bearssl_hash.h"
static void sha256_init_vt(const br_hash_class **ctx) { br_sha256_init((br_sha256_context *)ctx); }
static void sha256_update(const br_hash_class **ctx, const void *data, size_t len) {
    br_sha256_context *c = (br_sha256_context *)ctx;
    const unsigned char *p = data;
    while (len--) { c->buf[c->count++ & 63] = *p++; if ((c->count & 63) == 0) for (int i = 0; i < 8; i++) c->val[i] += c->buf[i]; }
}
static void sha256_out(const br_hash_class *const *ctx, void *dst) { const br_sha256_context *c = (const br_sha256_context *)ctx; memcpy(dst, c->val, 32); }
static uint64_t sha256_state(const br_hash_class *const *ctx, void *dst) { const br_sha256_context *c = (const br_sha256_context *)ctx; memcpy(dst, c->val, 32); return c->count; }
static void sha256_set_state(const br_hash_class **ctx, const void *stb, uint64_t count) { br_sha256_context *c = (br_sha256_context *)ctx; memcpy(c->val, stb, 32); c->count = count; }
const br_hash_class br_sha256_vtable = { sizeof(br_sha256_context), 4 | (5 << 4) | (1 << 8), sha256_init_vt, sha256_update, sha256_out, sha256_state, sha256_set_state };
void br_sha256_init(br_sha256_context *ctx) { static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 }; ctx->vtable = &br_sha256_vtable; memcpy(ctx->val, iv, sizeof iv); ctx->count = 0; }
void br_hmac_key_init(br_hmac_key_context *kc, const br_hash_class *dig, const void *key, size_t key_len) {
    union { const br_hash_class *vtable; br_sha256_context sha256; unsigned char raw[256]; } hc;
    unsigned char pad[64];
    kc->dig_vtable = dig;
    memset(pad, 0x36, sizeof pad);
    for (size_t i = 0; i < key_len && i < 64; i++) pad[i] ^= ((const unsigned char *)key)[i];
    dig->init(&hc.vtable);
    dig->update(&hc.vtable, pad, 64);
    dig->state(&hc.vtable, kc->ksi);
    for (int i = 0; i < 64; i++) pad[i] ^= 0x36 ^ 0x5c;
    dig->init(&hc.vtable);
    dig->update(&hc.vtable, pad, 64);
    dig->state(&hc.vtable, kc->kso);
}
//--- v2
#include <string.h>
#include "bearssl_hash.h"
static void sha256_init_vt(const br_hash_class **ctx) { br_sha256_init((br_sha256_context *)ctx); }
static void sha256_update(const br_hash_class **ctx, const void *data, size_t len) {
    br_sha256_context *c = (br_sha256_context *)ctx;
    const unsigned char *p = data;
    while (len--) { c->buf[c->count++ & 63] = *p++; if ((c->count & 63) == 0) for (int i = 0; i < 8; i++) c->val[i] += c->buf[i]; }
}
static void sha256_clone(const br_hash_class *const *src, const br_hash_class **dst) { memcpy(dst, src, sizeof(br_sha256_context)); }
static void sha256_out(const br_hash_class *const *ctx, void *dst) { const br_sha256_context *c = (const br_sha256_context *)ctx; memcpy(dst, c->val, 32); }
static uint64_t sha256_state(const br_hash_class *const *ctx, void *dst) { const br_sha256_context *c = (const br_sha256_context *)ctx; memcpy(dst, c->val, 32); return c->count; }
static void sha256_set_state(const br_hash_class **ctx, const void *stb, uint64_t count) { br_sha256_context *c = (br_sha256_context *)ctx; memcpy(c->val, stb, 32); c->count = count; }
const br_hash_class br_sha256_vtable = { sizeof(br_sha256_context), 4 | (5 << 4) | (1 << 8), sha256_init_vt, sha256_update, sha256_clone, sha256_out, sha256_state, sha256_set_state };
void br_sha256_init(br_sha256_context *ctx) { static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 }; ctx->vtable = &br_sha256_vtable; memcpy(ctx->val, iv, sizeof iv); ctx->count = 0; }
void br_hmac_key_init(br_hmac_key_context *kc, const br_hash_class *dig, const void *key, size_t key_len) {
    union { const br_hash_class *vtable; br_sha256_context sha256; unsigned char raw[256]; } hc, base;
    unsigned char pad[64];
    kc->dig_vtable = dig;
    memset(pad, 0x36, sizeof pad);
    for (size_t i = 0; i < key_len && i < 64; i++) pad[i] ^= ((const unsigned char *)key)[i];
    dig->init(&base.vtable);
    dig->clone(&base.vtable, &hc.vtable);
    dig->update(&hc.vtable, pad, 64);
    dig->state(&hc.vtable, kc->ksi);
    for (int i = 0; i < 64; i++) pad[i] ^= 0x36 ^ 0x5c;
    dig->clone(&base.vtable, &hc.vtable);
    dig->update(&hc.vtable, pad, 64);
    dig->state(&hc.vtable, kc->kso);
}
