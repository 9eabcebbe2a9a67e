// expect: none
// why: libmd declared MD5Final(unsigned char digest[16], MD5_CTX *context) and MD5Update with a const unsigned
// why: char * input; v2 declares the digest as uint8_t *digest and the input as const uint8_t *, like the BSD
// why: headers. An array parameter is adjusted to a pointer to its element, and uint8_t is a typedef of unsigned char,
// why: so both functions take exactly the same types; MD5_CTX, which callers allocate, is unchanged.
// abidiff: 0 agree
//--- md5-ctx.h
#include <stdint.h>
#include <stddef.h>
#define MD5_DIGEST_LENGTH 16
typedef struct MD5Context { uint32_t state[4]; uint64_t count; uint8_t buffer[64]; } MD5_CTX;
void MD5Init(MD5_CTX *context);
//--- v1/md5.h
void MD5Update(MD5_CTX *context, const unsigned char *data, size_t len);
void MD5Final(unsigned char digest[MD5_DIGEST_LENGTH], MD5_CTX *context);
//--- v2/md5.h
void MD5Update(MD5_CTX *context, const uint8_t *data, size_t len);
void MD5Final(uint8_t *digest, MD5_CTX *context);
//--- v1
#include <string.h>
#include "md5-ctx.h"
#include "md5.h"
void MD5Init(MD5_CTX *context) { context->count = 0; context->state[0] = 0x67452301; context->state[1] = 0xefcdab89; context->state[2] = 0x98badcfe; context->state[3] = 0x10325476; }
static void transform(uint32_t state[4], const uint8_t block[64]) { uint32_t a = state[0]; for (int i = 0; i < 64; i++) a = (a << 5 | a >> 27) + block[i] + state[(i + 1) & 3]; state[0] += a; state[1] ^= a; state[2] += a >> 3; state[3] ^= a << 7; }
void MD5Update(MD5_CTX *context, const unsigned char *data, size_t len) {
    size_t have = (size_t)(context->count & 63); context->count += len;
    while (len) { size_t n = 64 - have < len ? 64 - have : len; memcpy(context->buffer + have, data, n); have += n; data += n; len -= n; if (have == 64) { transform(context->state, context->buffer); have = 0; } }
}
void MD5Final(unsigned char digest[MD5_DIGEST_LENGTH], MD5_CTX *context) {
    static const uint8_t pad[64] = { 0x80 };
    uint64_t bits = context->count << 3;
    MD5Update(context, pad, 1 + ((119 - (context->count & 63)) & 63));
    MD5Update(context, (const unsigned char *)&bits, 8);
    if (digest) memcpy(digest, context->state, MD5_DIGEST_LENGTH);
    memset(context, 0, sizeof *context);
}
//--- v2
#include <string.h>
#include "md5-ctx.h"
#include "md5.h"
void MD5Init(MD5_CTX *context) { context->count = 0; context->state[0] = 0x67452301; context->state[1] = 0xefcdab89; context->state[2] = 0x98badcfe; context->state[3] = 0x10325476; }
static void transform(uint32_t state[4], const uint8_t block[64]) { uint32_t a = state[0]; for (int i = 0; i < 64; i++) a = (a << 5 | a >> 27) + block[i] + state[(i + 1) & 3]; state[0] += a; state[1] ^= a; state[2] += a >> 3; state[3] ^= a << 7; }
void MD5Update(MD5_CTX *context, const uint8_t *data, size_t len) {
    size_t have = (size_t)(context->count & 63); context->count += len;
    while (len) { size_t n = 64 - have < len ? 64 - have : len; memcpy(context->buffer + have, data, n); have += n; data += n; len -= n; if (have == 64) { transform(context->state, context->buffer); have = 0; } }
}
void MD5Final(uint8_t *digest, MD5_CTX *context) {
    static const uint8_t pad[64] = { 0x80 };
    uint64_t bits = context->count << 3;
    MD5Update(context, pad, 1 + ((119 - (context->count & 63)) & 63));
    MD5Update(context, (const uint8_t *)&bits, 8);
    if (digest) memcpy(digest, context->state, MD5_DIGEST_LENGTH);
    memset(context, 0, sizeof *context);
}
