// expect: breaking
// why: secp256k1_nonce_function_hardened is both the type of the exported default secp256k1_nonce_function_bip340
// why: and of the noncefp member of secp256k1_schnorrsig_extraparams, which callers fill (magic, noncefp, ndata) and
// why: pass to secp256k1_schnorrsig_sign_custom; the library calls their function. v2 (arbitrary-length messages)
// why: inserts size_t msglen after msg, so every later argument moves one register: an old caller's nonce function
// why: reads msglen as key32 and the key as its x-only public key, and old callers calling the exported default
// why: pass their key where v2 reads the length.
// abidiff: 4 agree
//--- v1/secp256k1_schnorrsig.h
#include <stddef.h>
typedef struct secp256k1_context_struct secp256k1_context;
typedef struct { unsigned char data[64]; } secp256k1_keypair;
typedef int (*secp256k1_nonce_function_hardened)(unsigned char *nonce32, const unsigned char *msg32, const unsigned char *key32, const unsigned char *xonly_pk32, const unsigned char *algo16, void *data);
extern const secp256k1_nonce_function_hardened secp256k1_nonce_function_bip340;
typedef struct {
    unsigned char magic[4];
    secp256k1_nonce_function_hardened noncefp;
    void *ndata;
} secp256k1_schnorrsig_extraparams;
int secp256k1_schnorrsig_sign_custom(const secp256k1_context *ctx, unsigned char *sig64, const unsigned char *msg, size_t msglen, const secp256k1_keypair *keypair, secp256k1_schnorrsig_extraparams *extraparams);
//--- v2/secp256k1_schnorrsig.h
#include <stddef.h>
typedef struct secp256k1_context_struct secp256k1_context;
typedef struct { unsigned char data[64]; } secp256k1_keypair;
typedef int (*secp256k1_nonce_function_hardened)(unsigned char *nonce32, const unsigned char *msg, size_t msglen, const unsigned char *key32, const unsigned char *xonly_pk32, const unsigned char *algo, size_t algolen, void *data);
extern const secp256k1_nonce_function_hardened secp256k1_nonce_function_bip340;
typedef struct {
    unsigned char magic[4];
    secp256k1_nonce_function_hardened noncefp;
    void *ndata;
} secp256k1_schnorrsig_extraparams;
int secp256k1_schnorrsig_sign_custom(const secp256k1_context *ctx, unsigned char *sig64, const unsigned char *msg, size_t msglen, const secp256k1_keypair *keypair, secp256k1_schnorrsig_extraparams *extraparams);
//--- v1
#include <string.h>
#include "secp256k1_schnorrsig.h"
struct secp256k1_context_struct { int flags; };
static int nonce_bip340(unsigned char *nonce32, const unsigned char *msg32, const unsigned char *key32, const unsigned char *xonly_pk32, const unsigned char *algo16, void *data) {
    (void)algo16; (void)data;
    for (int i = 0; i < 32; i++) nonce32[i] = (unsigned char)(msg32[i] ^ key32[i] ^ xonly_pk32[i]);
    return 1;
}
const secp256k1_nonce_function_hardened secp256k1_nonce_function_bip340 = nonce_bip340;
int secp256k1_schnorrsig_sign_custom(const secp256k1_context *ctx, unsigned char *sig64, const unsigned char *msg, size_t msglen, const secp256k1_keypair *keypair, secp256k1_schnorrsig_extraparams *extraparams) {
    unsigned char nonce[32], msg32[32] = {0};
    secp256k1_nonce_function_hardened fn = secp256k1_nonce_function_bip340;
    void *ndata = NULL;
    if (!ctx || msglen != 32) return 0;
    if (extraparams) { if (memcmp(extraparams->magic, "\xda\x6f\xb3\x8c", 4)) return 0; if (extraparams->noncefp) fn = extraparams->noncefp; ndata = extraparams->ndata; }
    memcpy(msg32, msg, 32);
    if (!fn(nonce, msg32, keypair->data, keypair->data + 32, (const unsigned char *)"BIP0340/nonce\0\0\0", ndata)) return 0;
    memcpy(sig64, nonce, 32); memcpy(sig64 + 32, keypair->data, 32);
    return 1;
}
//--- v2
#include <string.h>
#include "secp256k1_schnorrsig.h"
struct secp256k1_context_struct { int flags; };
static int nonce_bip340(unsigned char *nonce32, const unsigned char *msg, size_t msglen, const unsigned char *key32, const unsigned char *xonly_pk32, const unsigned char *algo, size_t algolen, void *data) {
    (void)algo; (void)algolen; (void)data;
    for (int i = 0; i < 32; i++) nonce32[i] = (unsigned char)((i < (int)msglen ? msg[i] : 0) ^ key32[i] ^ xonly_pk32[i]);
    return 1;
}
const secp256k1_nonce_function_hardened secp256k1_nonce_function_bip340 = nonce_bip340;
int secp256k1_schnorrsig_sign_custom(const secp256k1_context *ctx, unsigned char *sig64, const unsigned char *msg, size_t msglen, const secp256k1_keypair *keypair, secp256k1_schnorrsig_extraparams *extraparams) {
    unsigned char nonce[32];
    secp256k1_nonce_function_hardened fn = secp256k1_nonce_function_bip340;
    void *ndata = NULL;
    if (!ctx || (msg == NULL && msglen)) return 0;
    if (extraparams) { if (memcmp(extraparams->magic, "\xda\x6f\xb3\x8c", 4)) return 0; if (extraparams->noncefp) fn = extraparams->noncefp; ndata = extraparams->ndata; }
    if (!fn(nonce, msg, msglen, keypair->data, keypair->data + 32, (const unsigned char *)"BIP0340/nonce", 13, ndata)) return 0;
    memcpy(sig64, nonce, 32); memcpy(sig64 + 32, keypair->data, 32);
    return 1;
}
