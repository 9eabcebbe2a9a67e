// expect: breaking
// why: The OpenSSL-style getter ssl_ctx_get_timeout returns int instead of long: old callers read all of
// why: %rax, whose upper half the new function leaves undefined (and a negative value is no longer
// why: sign-extended). The handle itself is opaque and unchanged; the returned value's size changed.
// abidiff: 4 agree
//--- v1/ssl.h
typedef struct ssl_ctx_st SSL_CTX;
SSL_CTX *ssl_ctx_new(void);
long ssl_ctx_get_timeout(const SSL_CTX *ctx);
//--- v2/ssl.h
typedef struct ssl_ctx_st SSL_CTX;
SSL_CTX *ssl_ctx_new(void);
int ssl_ctx_get_timeout(const SSL_CTX *ctx);
//--- v1
#include <stdlib.h>
#include "ssl.h"
struct ssl_ctx_st { long timeout; int verify; };
SSL_CTX *ssl_ctx_new(void) { SSL_CTX *c = calloc(1, sizeof *c); if (c) c->timeout = 300; return c; }
long ssl_ctx_get_timeout(const SSL_CTX *ctx) { return ctx->timeout; }
//--- v2
#include <stdlib.h>
#include "ssl.h"
struct ssl_ctx_st { int timeout; int verify; };
SSL_CTX *ssl_ctx_new(void) { SSL_CTX *c = calloc(1, sizeof *c); if (c) c->timeout = 300; return c; }
int ssl_ctx_get_timeout(const SSL_CTX *ctx) { return ctx->timeout; }
