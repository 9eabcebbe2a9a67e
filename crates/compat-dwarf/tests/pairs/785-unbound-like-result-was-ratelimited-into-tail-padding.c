// expect: info
// why: struct ub_result is declared with its members in unbound.h and allocated only by the library: ub_resolve
// why: hands it out through struct ub_result ** and ub_resolve_free releases it. Unbound 1.6.7 appended int
// why: was_ratelimited after int ttl, at byte 92, inside the 4 bytes of tail padding of the 96-byte v1 struct: size,
// why: alignment and every old offset hold, so even a consumer that copied or embedded it is unaffected, and only
// why: the library writes the new member (as in 266).
// abidiff: 4 disagree: abidiff reports was_ratelimited inserted at byte 92 of struct ub_result; it lies in the old struct's tail padding, the size is unchanged and only the library writes it.
//--- v1/unbound.h
struct ub_ctx;
struct ub_result {
    char *qname;
    int qtype;
    int qclass;
    char **data;
    int *len;
    char *canonname;
    int rcode;
    void *answer_packet;
    int answer_len;
    int havedata;
    int nxdomain;
    int secure;
    int bogus;
    char *why_bogus;
    int ttl;
};
struct ub_ctx *ub_ctx_create(void);
int ub_resolve(struct ub_ctx *ctx, const char *name, int rrtype, int rrclass, struct ub_result **result);
void ub_resolve_free(struct ub_result *result);
//--- v2/unbound.h
struct ub_ctx;
struct ub_result {
    char *qname;
    int qtype;
    int qclass;
    char **data;
    int *len;
    char *canonname;
    int rcode;
    void *answer_packet;
    int answer_len;
    int havedata;
    int nxdomain;
    int secure;
    int bogus;
    char *why_bogus;
    int ttl;
    int was_ratelimited;
};
struct ub_ctx *ub_ctx_create(void);
int ub_resolve(struct ub_ctx *ctx, const char *name, int rrtype, int rrclass, struct ub_result **result);
void ub_resolve_free(struct ub_result *result);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "unbound.h"
struct ub_ctx { int refs; };
struct ub_ctx *ub_ctx_create(void) { return calloc(1, sizeof(struct ub_ctx)); }
int ub_resolve(struct ub_ctx *ctx, const char *name, int rrtype, int rrclass, struct ub_result **result) {
    if (!ctx || !name || !result) return -2;
    struct ub_result *r = calloc(1, sizeof *r);
    if (!r) return -3;
    r->qname = strdup(name); r->qtype = rrtype; r->qclass = rrclass;
    r->data = calloc(1, sizeof(char *)); r->len = calloc(1, sizeof(int));
    r->rcode = 3; r->nxdomain = 1; r->ttl = 300;
    *result = r;
    return 0;
}
void ub_resolve_free(struct ub_result *result) { if (result) { free(result->qname); free(result->data); free(result->len); free(result); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "unbound.h"
struct ub_ctx { int refs; };
struct ub_ctx *ub_ctx_create(void) { return calloc(1, sizeof(struct ub_ctx)); }
int ub_resolve(struct ub_ctx *ctx, const char *name, int rrtype, int rrclass, struct ub_result **result) {
    if (!ctx || !name || !result) return -2;
    struct ub_result *r = calloc(1, sizeof *r);
    if (!r) return -3;
    r->qname = strdup(name); r->qtype = rrtype; r->qclass = rrclass;
    r->data = calloc(1, sizeof(char *)); r->len = calloc(1, sizeof(int));
    r->rcode = 3; r->nxdomain = 1; r->ttl = 300; r->was_ratelimited = 0;
    *result = r;
    return 0;
}
void ub_resolve_free(struct ub_result *result) { if (result) { free(result->qname); free(result->data); free(result->len); free(result); } }
