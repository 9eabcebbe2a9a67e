// expect: info
// why: struct nbd_handle is opaque: nbd.h only forward-declares it, nbd_create allocates it and every function takes
// why: the pointer back. v2 adds the request-meta-context option (libnbd 1.16): it inserts bool request_meta and
// why: appends char *tls_username in the sources' definition and exports nbd_set_request_meta_context. Consumers
// why: never see the members; existing functions are unchanged and a symbol is added.
// abidiff: 4 disagree: struct nbd_handle is defined only in lib.c and consumers hold pointers; adding nbd_set_request_meta_context is compatible.
//--- v1/libnbd.h
#include <stdint.h>
struct nbd_handle;
struct nbd_handle *nbd_create(void);
int nbd_connect_uri(struct nbd_handle *h, const char *uri);
int64_t nbd_get_size(struct nbd_handle *h);
void nbd_close(struct nbd_handle *h);
//--- v2/libnbd.h
#include <stdbool.h>
#include <stdint.h>
struct nbd_handle;
struct nbd_handle *nbd_create(void);
int nbd_connect_uri(struct nbd_handle *h, const char *uri);
int nbd_set_request_meta_context(struct nbd_handle *h, bool request);
int64_t nbd_get_size(struct nbd_handle *h);
void nbd_close(struct nbd_handle *h);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libnbd.h"
struct nbd_handle { char *uri; int64_t exportsize; int state; };
struct nbd_handle *nbd_create(void) { return calloc(1, sizeof(struct nbd_handle)); }
int nbd_connect_uri(struct nbd_handle *h, const char *uri) { if (strncmp(uri, "nbd://", 6)) return -1; h->uri = strdup(uri); h->exportsize = 1 << 30; h->state = 1; return 0; }
int64_t nbd_get_size(struct nbd_handle *h) { return h->state == 1 ? h->exportsize : -1; }
void nbd_close(struct nbd_handle *h) { if (h) { free(h->uri); free(h); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libnbd.h"
struct nbd_handle { char *uri; bool request_meta; int64_t exportsize; int state; char *tls_username; };
struct nbd_handle *nbd_create(void) { struct nbd_handle *h = calloc(1, sizeof(struct nbd_handle)); if (h) h->request_meta = true; return h; }
int nbd_connect_uri(struct nbd_handle *h, const char *uri) { if (strncmp(uri, "nbd://", 6) && strncmp(uri, "nbds://", 7)) return -1; h->uri = strdup(uri); h->exportsize = 1 << 30; h->state = 1; return 0; }
int nbd_set_request_meta_context(struct nbd_handle *h, bool request) { if (h->state) return -1; h->request_meta = request; return 0; }
int64_t nbd_get_size(struct nbd_handle *h) { return h->state == 1 ? h->exportsize : -1; }
void nbd_close(struct nbd_handle *h) { if (h) { free(h->uri); free(h->tls_username); free(h); } }
