// expect: breaking
// why: argon2_context is filled by the caller and passed to argon2_ctx. v2 inserts uint32_t version after threads,
// why: where v1 had 4 bytes of padding before the allocate_cbk pointer: size (120 bytes) and every other offset hold,
// why: but v2 reads version from bytes an old caller never wrote and rejects the context (ARGON2_INCORRECT_TYPE) or
// why: hashes with whatever version the stack garbage names: the same password gives another hash or an error.
// abidiff: 4 agree
// message: set its callback allocate_cbk, which the library calls
//--- argon2-base.h
#include <stdint.h>
#include <stddef.h>
typedef int (*allocate_fptr)(uint8_t **memory, size_t bytes_to_allocate);
typedef void (*deallocate_fptr)(uint8_t *memory, size_t bytes_to_allocate);
typedef enum Argon2_type { Argon2_d = 0, Argon2_i = 1, Argon2_id = 2 } argon2_type;
enum { ARGON2_OK = 0, ARGON2_OUTPUT_PTR_NULL = -1, ARGON2_OUTPUT_TOO_SHORT = -2, ARGON2_INCORRECT_TYPE = -26 };
//--- v1/argon2.h
typedef struct Argon2_Context {
    uint8_t *out; uint32_t outlen;
    uint8_t *pwd; uint32_t pwdlen;
    uint8_t *salt; uint32_t saltlen;
    uint8_t *secret; uint32_t secretlen;
    uint8_t *ad; uint32_t adlen;
    uint32_t t_cost;
    uint32_t m_cost;
    uint32_t lanes;
    uint32_t threads;
    allocate_fptr allocate_cbk;
    deallocate_fptr free_cbk;
    uint32_t flags;
} argon2_context;
int argon2_ctx(argon2_context *context, argon2_type type);
//--- v2/argon2.h
#define ARGON2_VERSION_10 0x10
#define ARGON2_VERSION_13 0x13
typedef struct Argon2_Context {
    uint8_t *out; uint32_t outlen;
    uint8_t *pwd; uint32_t pwdlen;
    uint8_t *salt; uint32_t saltlen;
    uint8_t *secret; uint32_t secretlen;
    uint8_t *ad; uint32_t adlen;
    uint32_t t_cost;
    uint32_t m_cost;
    uint32_t lanes;
    uint32_t threads;
    uint32_t version;
    allocate_fptr allocate_cbk;
    deallocate_fptr free_cbk;
    uint32_t flags;
} argon2_context;
int argon2_ctx(argon2_context *context, argon2_type type);
//--- v1
#include <string.h>
#include "argon2-base.h"
#include "argon2.h"
static uint64_t mix(uint64_t h, const uint8_t *p, uint32_t n) { for (uint32_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL; return h; }
int argon2_ctx(argon2_context *context, argon2_type type) {
    if (!context->out) return ARGON2_OUTPUT_PTR_NULL;
    if (context->outlen < 4) return ARGON2_OUTPUT_TOO_SHORT;
    if ((unsigned)type > Argon2_id) return ARGON2_INCORRECT_TYPE;
    uint64_t h = 0xcbf29ce484222325ULL ^ type ^ 0x10;
    h = mix(h, context->pwd, context->pwdlen); h = mix(h, context->salt, context->saltlen);
    h = mix(h, context->secret, context->secretlen); h = mix(h, context->ad, context->adlen);
    for (uint32_t t = 0; t < context->t_cost; t++) h = h * 6364136223846793005ULL + context->m_cost + context->lanes;
    for (uint32_t i = 0; i < context->outlen; i++) context->out[i] = (uint8_t)(h >> (8 * (i % 8)));
    return ARGON2_OK;
}
//--- v2
#include <string.h>
#include "argon2-base.h"
#include "argon2.h"
static uint64_t mix(uint64_t h, const uint8_t *p, uint32_t n) { for (uint32_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL; return h; }
int argon2_ctx(argon2_context *context, argon2_type type) {
    if (!context->out) return ARGON2_OUTPUT_PTR_NULL;
    if (context->outlen < 4) return ARGON2_OUTPUT_TOO_SHORT;
    if ((unsigned)type > Argon2_id) return ARGON2_INCORRECT_TYPE;
    if (context->version != ARGON2_VERSION_10 && context->version != ARGON2_VERSION_13) return ARGON2_INCORRECT_TYPE;
    uint64_t h = 0xcbf29ce484222325ULL ^ type ^ context->version;
    h = mix(h, context->pwd, context->pwdlen); h = mix(h, context->salt, context->saltlen);
    h = mix(h, context->secret, context->secretlen); h = mix(h, context->ad, context->adlen);
    for (uint32_t t = 0; t < context->t_cost; t++) h = h * 6364136223846793005ULL + context->m_cost + context->lanes;
    for (uint32_t i = 0; i < context->outlen; i++) context->out[i] = (uint8_t)(h >> (8 * (i % 8)));
    return ARGON2_OK;
}
