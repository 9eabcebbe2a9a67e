// expect: breaking
// why: hash_state is a union of every hash's state, and hmac_state embeds one followed by the hash index and the key;
// why: callers allocate both (hash_state md; sha256_init(&md); hmac_state h; hmac_init(&h, idx, key, len);) and nothing
// why: hands one out. v2 adds the SHA-3 state to the union, which grows from 208 to 416 bytes: hash functions still
// why: touch only their own variant, but in hmac_state the hash index moves from byte 208 to 416 and the key pointer
// why: from 216 to 424, so v2's hmac_init writes them past the end of an old caller's 224-byte object.
// abidiff: 4 agree
//--- v1/tomcrypt.h
typedef unsigned long long ulong64;
typedef unsigned int ulong32;
struct sha256_state { ulong64 length; ulong32 state[8], curlen; unsigned char buf[64]; };
struct sha512_state { ulong64 length, state[8]; unsigned long curlen; unsigned char buf[128]; };
typedef union Hash_state {
    char dummy[1];
    struct sha256_state sha256;
    struct sha512_state sha512;
    void *data;
} hash_state;
typedef struct Hmac_state {
    hash_state md;
    int hash;
    unsigned char *key;
} hmac_state;
int sha256_init(hash_state *md);
int sha256_process(hash_state *md, const unsigned char *in, unsigned long inlen);
int sha256_done(hash_state *md, unsigned char *out);
int hmac_init(hmac_state *hmac, int hash, const unsigned char *key, unsigned long keylen);
int hmac_done(hmac_state *hmac, unsigned char *out, unsigned long *outlen);
//--- v2/tomcrypt.h
typedef unsigned long long ulong64;
typedef unsigned int ulong32;
struct sha256_state { ulong64 length; ulong32 state[8], curlen; unsigned char buf[64]; };
struct sha512_state { ulong64 length, state[8]; unsigned long curlen; unsigned char buf[128]; };
struct sha3_state { ulong64 saved; ulong64 s[25]; unsigned char sb[25 * 8]; unsigned short byte_index, word_index, capacity_words, xof_flag; };
typedef union Hash_state {
    char dummy[1];
    struct sha256_state sha256;
    struct sha512_state sha512;
    struct sha3_state sha3;
    void *data;
} hash_state;
typedef struct Hmac_state {
    hash_state md;
    int hash;
    unsigned char *key;
} hmac_state;
int sha256_init(hash_state *md);
int sha256_process(hash_state *md, const unsigned char *in, unsigned long inlen);
int sha256_done(hash_state *md, unsigned char *out);
int sha3_256_init(hash_state *md);
int hmac_init(hmac_state *hmac, int hash, const unsigned char *key, unsigned long keylen);
int hmac_done(hmac_state *hmac, unsigned char *out, unsigned long *outlen);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "tomcrypt.h"
int sha256_init(hash_state *md) {
    static const ulong32 iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    md->sha256.length = 0; md->sha256.curlen = 0;
    memcpy(md->sha256.state, iv, sizeof iv);
    return 0;
}
int sha256_process(hash_state *md, const unsigned char *in, unsigned long inlen) {
    while (inlen--) { md->sha256.buf[md->sha256.curlen++] = *in++; if (md->sha256.curlen == 64) { for (int i = 0; i < 8; i++) md->sha256.state[i] ^= md->sha256.buf[i * 8]; md->sha256.length += 512; md->sha256.curlen = 0; } }
    return 0;
}
int sha256_done(hash_state *md, unsigned char *out) { for (int i = 0; i < 32; i++) out[i] = (unsigned char)(md->sha256.state[i / 4] >> (8 * (3 - i % 4))); return 0; }
int hmac_init(hmac_state *hmac, int hash, const unsigned char *key, unsigned long keylen) {
    if (hash != 0) return 16;
    hmac->hash = hash;
    hmac->key = malloc(64);
    if (!hmac->key) return 13;
    memset(hmac->key, 0, 64);
    memcpy(hmac->key, key, keylen > 64 ? 64 : keylen);
    sha256_init(&hmac->md);
    unsigned char ipad[64];
    for (int i = 0; i < 64; i++) ipad[i] = hmac->key[i] ^ 0x36;
    return sha256_process(&hmac->md, ipad, 64);
}
int hmac_done(hmac_state *hmac, unsigned char *out, unsigned long *outlen) {
    if (*outlen < 32) return 6;
    sha256_done(&hmac->md, out);
    *outlen = 32;
    free(hmac->key);
    hmac->key = NULL;
    return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "tomcrypt.h"
int sha256_init(hash_state *md) {
    static const ulong32 iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    md->sha256.length = 0; md->sha256.curlen = 0;
    memcpy(md->sha256.state, iv, sizeof iv);
    return 0;
}
int sha256_process(hash_state *md, const unsigned char *in, unsigned long inlen) {
    while (inlen--) { md->sha256.buf[md->sha256.curlen++] = *in++; if (md->sha256.curlen == 64) { for (int i = 0; i < 8; i++) md->sha256.state[i] ^= md->sha256.buf[i * 8]; md->sha256.length += 512; md->sha256.curlen = 0; } }
    return 0;
}
int sha256_done(hash_state *md, unsigned char *out) { for (int i = 0; i < 32; i++) out[i] = (unsigned char)(md->sha256.state[i / 4] >> (8 * (3 - i % 4))); return 0; }
int sha3_256_init(hash_state *md) { memset(&md->sha3, 0, sizeof md->sha3); md->sha3.capacity_words = 8; return 0; }
int hmac_init(hmac_state *hmac, int hash, const unsigned char *key, unsigned long keylen) {
    if (hash != 0) return 16;
    hmac->hash = hash;
    hmac->key = malloc(64);
    if (!hmac->key) return 13;
    memset(hmac->key, 0, 64);
    memcpy(hmac->key, key, keylen > 64 ? 64 : keylen);
    sha256_init(&hmac->md);
    unsigned char ipad[64];
    for (int i = 0; i < 64; i++) ipad[i] = hmac->key[i] ^ 0x36;
    return sha256_process(&hmac->md, ipad, 64);
}
int hmac_done(hmac_state *hmac, unsigned char *out, unsigned long *outlen) {
    if (*outlen < 32) return 6;
    sha256_done(&hmac->md, out);
    *outlen = 32;
    free(hmac->key);
    hmac->key = NULL;
    return 0;
}
