// expect: breaking
// why: enum nf_conntrack_attr numbers the attributes callers pass to nfct_set_attr_u16 and nfct_get_attr_u16. v2
// why: inserts ATTR_ORIG_ZONE and ATTR_REPL_ZONE next to ATTR_ZONE instead of at the end: ATTR_SECMARK and every
// why: later enumerator move up by two, so an old binary asking for ATTR_SECMARK (3) now gets ATTR_ORIG_ZONE's slot.
// abidiff: 4 agree
//--- v1/libnetfilter_conntrack.h
#include <stdint.h>
struct nf_conntrack;
enum nf_conntrack_attr { ATTR_ORIG_IPV4_SRC = 0, ATTR_ORIG_IPV4_DST, ATTR_ZONE, ATTR_SECMARK, ATTR_MARK, ATTR_TIMEOUT, ATTR_MAX };
struct nf_conntrack *nfct_new(void);
void nfct_set_attr_u16(struct nf_conntrack *ct, const enum nf_conntrack_attr type, uint16_t value);
uint16_t nfct_get_attr_u16(const struct nf_conntrack *ct, const enum nf_conntrack_attr type);
void nfct_destroy(struct nf_conntrack *ct);
//--- v2/libnetfilter_conntrack.h
#include <stdint.h>
struct nf_conntrack;
enum nf_conntrack_attr { ATTR_ORIG_IPV4_SRC = 0, ATTR_ORIG_IPV4_DST, ATTR_ZONE, ATTR_ORIG_ZONE, ATTR_REPL_ZONE, ATTR_SECMARK, ATTR_MARK, ATTR_TIMEOUT, ATTR_MAX };
struct nf_conntrack *nfct_new(void);
void nfct_set_attr_u16(struct nf_conntrack *ct, const enum nf_conntrack_attr type, uint16_t value);
uint16_t nfct_get_attr_u16(const struct nf_conntrack *ct, const enum nf_conntrack_attr type);
void nfct_destroy(struct nf_conntrack *ct);
//--- v1
#include <stdlib.h>
#include "libnetfilter_conntrack.h"
struct nf_conntrack { uint16_t vals[ATTR_MAX]; uint32_t set; };
struct nf_conntrack *nfct_new(void) { return calloc(1, sizeof(struct nf_conntrack)); }
void nfct_set_attr_u16(struct nf_conntrack *ct, const enum nf_conntrack_attr type, uint16_t value) { if (type >= ATTR_MAX) return; ct->vals[type] = value; ct->set |= 1u << type; }
uint16_t nfct_get_attr_u16(const struct nf_conntrack *ct, const enum nf_conntrack_attr type) { return type < ATTR_MAX ? ct->vals[type] : 0; }
void nfct_destroy(struct nf_conntrack *ct) { free(ct); }
//--- v2
#include <stdlib.h>
#include "libnetfilter_conntrack.h"
struct nf_conntrack { uint16_t vals[ATTR_MAX]; uint32_t set; };
struct nf_conntrack *nfct_new(void) { return calloc(1, sizeof(struct nf_conntrack)); }
void nfct_set_attr_u16(struct nf_conntrack *ct, const enum nf_conntrack_attr type, uint16_t value) { if (type >= ATTR_MAX) return; ct->vals[type] = value; ct->set |= 1u << type; if (type == ATTR_ZONE) { ct->vals[ATTR_ORIG_ZONE] = value; ct->vals[ATTR_REPL_ZONE] = value; } }
uint16_t nfct_get_attr_u16(const struct nf_conntrack *ct, const enum nf_conntrack_attr type) { return type < ATTR_MAX ? ct->vals[type] : 0; }
void nfct_destroy(struct nf_conntrack *ct) { free(ct); }
