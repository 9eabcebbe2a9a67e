// expect: warning
// why: The other side of 893 and 429: X509_STORE_CTX is declared with its members in a header, X509_STORE_CTX_new
// why: hands one out (its own zeroed allocation, setting nothing through another export) and callers then call
// why: X509_STORE_CTX_init on that object. Nothing in the library shows an initialiser run on an object it did not
// why: allocate, so callers are not seen to allocate it: v2 inserting int depth before the chain pointer moves the
// why: later members, which matters only to consumers that read them directly (undecided, a warning).
// abidiff: 4 agree
//--- v1/x509.h
typedef struct x509_store_st X509_STORE;
typedef struct x509_st X509;
typedef struct x509_store_ctx_st {
    X509_STORE *store;
    X509 *cert;
    int error;
    int error_depth;
    X509 *current_cert;
    void *chain;
} X509_STORE_CTX;
X509_STORE_CTX *X509_STORE_CTX_new(void);
int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *store, X509 *x509);
int X509_STORE_CTX_get_error(const X509_STORE_CTX *ctx);
void X509_STORE_CTX_free(X509_STORE_CTX *ctx);
//--- v2/x509.h
typedef struct x509_store_st X509_STORE;
typedef struct x509_st X509;
typedef struct x509_store_ctx_st {
    X509_STORE *store;
    X509 *cert;
    int error;
    int error_depth;
    int depth;
    X509 *current_cert;
    void *chain;
} X509_STORE_CTX;
X509_STORE_CTX *X509_STORE_CTX_new(void);
int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *store, X509 *x509);
int X509_STORE_CTX_get_error(const X509_STORE_CTX *ctx);
void X509_STORE_CTX_free(X509_STORE_CTX *ctx);
//--- v1
#include <stdlib.h>
#include "x509.h"
X509_STORE_CTX *X509_STORE_CTX_new(void) { return calloc(1, sizeof(X509_STORE_CTX)); }
int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *store, X509 *x509) {
    if (!ctx) return 0;
    ctx->store = store; ctx->cert = x509; ctx->error = 0; ctx->error_depth = 0; ctx->current_cert = NULL; ctx->chain = NULL;
    return 1;
}
int X509_STORE_CTX_get_error(const X509_STORE_CTX *ctx) { return ctx->error; }
void X509_STORE_CTX_free(X509_STORE_CTX *ctx) { free(ctx); }
//--- v2
#include <stdlib.h>
#include "x509.h"
X509_STORE_CTX *X509_STORE_CTX_new(void) { return calloc(1, sizeof(X509_STORE_CTX)); }
int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *store, X509 *x509) {
    if (!ctx) return 0;
    ctx->store = store; ctx->cert = x509; ctx->error = 0; ctx->error_depth = 0; ctx->depth = 9; ctx->current_cert = NULL; ctx->chain = NULL;
    return 1;
}
int X509_STORE_CTX_get_error(const X509_STORE_CTX *ctx) { return ctx->error; }
void X509_STORE_CTX_free(X509_STORE_CTX *ctx) { free(ctx); }
