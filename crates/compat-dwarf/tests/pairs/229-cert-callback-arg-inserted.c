// expect: breaking
// why: the certificate-check callback consumers register gains int valid before payload (as libgit2's
// why: git_transport_certificate_check_cb did): the library passes (host, valid, payload) to callbacks written
// why: for (host, payload), so old callbacks receive the 0/1 flag as their payload pointer.
// abidiff: 4 agree
//--- v1/remote.h
typedef int (*cert_check_cb)(const char *host, void *payload);
struct remote;
struct remote *remote_new(const char *url);
void remote_set_cert_cb(struct remote *r, cert_check_cb cb, void *payload);
int remote_connect(struct remote *r);
//--- v2/remote.h
typedef int (*cert_check_cb)(const char *host, int valid, void *payload);
struct remote;
struct remote *remote_new(const char *url);
void remote_set_cert_cb(struct remote *r, cert_check_cb cb, void *payload);
int remote_connect(struct remote *r);
//--- v1
#include <stdlib.h>
#include "remote.h"
struct remote { const char *url; cert_check_cb cb; void *payload; };
struct remote *remote_new(const char *url) { struct remote *r = calloc(1, sizeof *r); if (r) r->url = url; return r; }
void remote_set_cert_cb(struct remote *r, cert_check_cb cb, void *payload) { r->cb = cb; r->payload = payload; }
int remote_connect(struct remote *r) { return r->cb ? r->cb(r->url, r->payload) : 0; }
//--- v2
#include <stdlib.h>
#include "remote.h"
struct remote { const char *url; cert_check_cb cb; void *payload; };
struct remote *remote_new(const char *url) { struct remote *r = calloc(1, sizeof *r); if (r) r->url = url; return r; }
void remote_set_cert_cb(struct remote *r, cert_check_cb cb, void *payload) { r->cb = cb; r->payload = payload; }
int remote_connect(struct remote *r) { return r->cb ? r->cb(r->url, 1, r->payload) : 0; }
