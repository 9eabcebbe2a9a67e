// expect: info
// why: The other side of 884: the same context with its allocate and free callbacks, but callers never allocate it:
// why: hash_ctx_new hands one out (the library's malloc, every member set), hash_ctx_run and hash_ctx_free take it
// why: back, and no export initialises a caller's own object. v2 puts uint32_t version into the 4 bytes of interior
// why: padding before allocate_cbk and hash_ctx_new sets it, so every context the library reads was built by the
// why: library: size and offsets hold, and old consumers' member stores (ctx->t_cost = 3) never touch those bytes.
// abidiff: 4 disagree: abidiff reports version inserted at byte 52; it takes interior padding of a struct only the library allocates and initialises, so size, offsets and old consumers are unaffected.
//--- hash-base.h
#include <stdint.h>
#include <stddef.h>
typedef int (*allocate_fptr)(uint8_t **memory, size_t bytes_to_allocate);
typedef void (*deallocate_fptr)(uint8_t *memory, size_t bytes_to_allocate);
//--- v1/hash.h
typedef struct Hash_Context {
    uint8_t *out; uint32_t outlen;
    uint8_t *pwd; uint32_t pwdlen;
    uint8_t *salt; uint32_t saltlen;
    uint32_t t_cost;
    uint32_t m_cost;
    allocate_fptr allocate_cbk;
    deallocate_fptr free_cbk;
} hash_context;
hash_context *hash_ctx_new(void);
int hash_ctx_run(hash_context *context);
void hash_ctx_free(hash_context *context);
//--- v2/hash.h
typedef struct Hash_Context {
    uint8_t *out; uint32_t outlen;
    uint8_t *pwd; uint32_t pwdlen;
    uint8_t *salt; uint32_t saltlen;
    uint32_t t_cost;
    uint32_t m_cost;
    uint32_t version;
    allocate_fptr allocate_cbk;
    deallocate_fptr free_cbk;
} hash_context;
hash_context *hash_ctx_new(void);
int hash_ctx_run(hash_context *context);
void hash_ctx_free(hash_context *context);
//--- v1
#include <stdlib.h>
#include "hash-base.h"
#include "hash.h"
hash_context *hash_ctx_new(void) { hash_context *c = calloc(1, sizeof *c); if (c) { c->t_cost = 3; c->m_cost = 4096; } return c; }
int hash_ctx_run(hash_context *context) {
    if (!context || !context->out || context->outlen < 4) return -1;
    uint64_t h = 0xcbf29ce484222325ULL ^ 0x10;
    for (uint32_t i = 0; i < context->pwdlen; i++) h = (h ^ context->pwd[i]) * 0x100000001b3ULL;
    for (uint32_t t = 0; t < context->t_cost; t++) h = h * 6364136223846793005ULL + context->m_cost;
    for (uint32_t i = 0; i < context->outlen; i++) context->out[i] = (uint8_t)(h >> (8 * (i % 8)));
    return 0;
}
void hash_ctx_free(hash_context *context) { free(context); }
//--- v2
#include <stdlib.h>
#include "hash-base.h"
#include "hash.h"
hash_context *hash_ctx_new(void) { hash_context *c = calloc(1, sizeof *c); if (c) { c->t_cost = 3; c->m_cost = 4096; c->version = 0x13; } return c; }
int hash_ctx_run(hash_context *context) {
    if (!context || !context->out || context->outlen < 4) return -1;
    if (context->version != 0x10 && context->version != 0x13) return -26;
    uint64_t h = 0xcbf29ce484222325ULL ^ context->version;
    for (uint32_t i = 0; i < context->pwdlen; i++) h = (h ^ context->pwd[i]) * 0x100000001b3ULL;
    for (uint32_t t = 0; t < context->t_cost; t++) h = h * 6364136223846793005ULL + context->m_cost;
    for (uint32_t i = 0; i < context->outlen; i++) context->out[i] = (uint8_t)(h >> (8 * (i % 8)));
    return 0;
}
void hash_ctx_free(hash_context *context) { free(context); }
