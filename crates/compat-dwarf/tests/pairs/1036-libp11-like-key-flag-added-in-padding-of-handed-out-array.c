// expect: info
// why: PKCS11_enumerate_keys hands out an array of PKCS11_KEY that the library allocates and fills; callers index it and
// why: pass entries back to PKCS11_get_private_key. v2 adds unsigned char isSensitive after needLogin, into the six
// why: bytes of padding before evp_key: the struct keeps its 48 bytes (so the array's stride) and every member keeps its
// why: offset. The library sets the new byte in every entry it creates, and no caller creates entries, so old binaries
// why: read exactly what they did: an addition for readers of the API.
// abidiff: 4 disagree: the member fills padding of a struct only the library creates; size, stride and offsets hold
//--- v1/libp11.h
#include <stddef.h>
typedef struct evp_pkey_st EVP_PKEY;
typedef struct PKCS11_token_st PKCS11_TOKEN;
typedef struct PKCS11_key_st {
    char *label;
    unsigned char *id;
    size_t id_len;
    unsigned char isPrivate;
    unsigned char needLogin;
    EVP_PKEY *evp_key;
    void *_private;
} PKCS11_KEY;
PKCS11_TOKEN *PKCS11_open_token(const char *uri);
int PKCS11_enumerate_keys(PKCS11_TOKEN *token, PKCS11_KEY **keys, unsigned int *nkeys);
EVP_PKEY *PKCS11_get_private_key(PKCS11_KEY *key);
//--- v2/libp11.h
#include <stddef.h>
typedef struct evp_pkey_st EVP_PKEY;
typedef struct PKCS11_token_st PKCS11_TOKEN;
typedef struct PKCS11_key_st {
    char *label;
    unsigned char *id;
    size_t id_len;
    unsigned char isPrivate;
    unsigned char needLogin;
    unsigned char isSensitive;
    EVP_PKEY *evp_key;
    void *_private;
} PKCS11_KEY;
PKCS11_TOKEN *PKCS11_open_token(const char *uri);
int PKCS11_enumerate_keys(PKCS11_TOKEN *token, PKCS11_KEY **keys, unsigned int *nkeys);
EVP_PKEY *PKCS11_get_private_key(PKCS11_KEY *key);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libp11.h"
struct PKCS11_token_st { char uri[64]; PKCS11_KEY keys[4]; unsigned int nkeys; };
struct key_private { unsigned long handle; PKCS11_TOKEN *token; };
struct evp_pkey_st { int type; unsigned long handle; };
PKCS11_TOKEN *PKCS11_open_token(const char *uri) {
    PKCS11_TOKEN *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    strncpy(t->uri, uri, sizeof t->uri - 1);
    for (unsigned i = 0; i < 2; i++) {
        struct key_private *p = calloc(1, sizeof *p);
        p->handle = 0x100 + i; p->token = t;
        t->keys[i].label = i ? "signing key" : "auth key";
        t->keys[i].isPrivate = 1; t->keys[i].needLogin = 1;
        t->keys[i]._private = p;
    }
    t->nkeys = 2;
    return t;
}
int PKCS11_enumerate_keys(PKCS11_TOKEN *token, PKCS11_KEY **keys, unsigned int *nkeys) { *keys = token->keys; *nkeys = token->nkeys; return 0; }
EVP_PKEY *PKCS11_get_private_key(PKCS11_KEY *key) {
    if (!key->isPrivate) return NULL;
    if (!key->evp_key) { key->evp_key = calloc(1, sizeof *key->evp_key); key->evp_key->type = 6; key->evp_key->handle = ((struct key_private *)key->_private)->handle; }
    return key->evp_key;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libp11.h"
struct PKCS11_token_st { char uri[64]; PKCS11_KEY keys[4]; unsigned int nkeys; };
struct key_private { unsigned long handle; PKCS11_TOKEN *token; };
struct evp_pkey_st { int type; unsigned long handle; };
PKCS11_TOKEN *PKCS11_open_token(const char *uri) {
    PKCS11_TOKEN *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    strncpy(t->uri, uri, sizeof t->uri - 1);
    for (unsigned i = 0; i < 2; i++) {
        struct key_private *p = calloc(1, sizeof *p);
        p->handle = 0x100 + i; p->token = t;
        t->keys[i].label = i ? "signing key" : "auth key";
        t->keys[i].isPrivate = 1; t->keys[i].needLogin = 1; t->keys[i].isSensitive = 1;
        t->keys[i]._private = p;
    }
    t->nkeys = 2;
    return t;
}
int PKCS11_enumerate_keys(PKCS11_TOKEN *token, PKCS11_KEY **keys, unsigned int *nkeys) { *keys = token->keys; *nkeys = token->nkeys; return 0; }
EVP_PKEY *PKCS11_get_private_key(PKCS11_KEY *key) {
    if (!key->isPrivate) return NULL;
    if (!key->evp_key) { key->evp_key = calloc(1, sizeof *key->evp_key); key->evp_key->type = 6; key->evp_key->handle = ((struct key_private *)key->_private)->handle; }
    return key->evp_key;
}
