// expect: none
// why: OpenLDAP's lber_types.h spells ber_len_t through the configured LBER_LEN_T type. v2 routes it through a new
// why: ber_ulen_t (typedef unsigned long ber_ulen_t; typedef ber_ulen_t ber_len_t): the caller-filled struct berval
// why: still holds an unsigned long and a char * at 0 and 8, and ber_bvdup's parameter and result are the same
// why: types, a typedef of the same type at one more level.
// abidiff: 0 agree
//--- v1/lber.h
typedef unsigned long ber_len_t;
struct berval { ber_len_t bv_len; char *bv_val; };
struct berval *ber_bvdup(const struct berval *src);
ber_len_t ber_bvlen(const struct berval *bv);
void ber_bvfree(struct berval *bv);
//--- v2/lber.h
typedef unsigned long ber_ulen_t;
typedef ber_ulen_t ber_len_t;
struct berval { ber_len_t bv_len; char *bv_val; };
struct berval *ber_bvdup(const struct berval *src);
ber_len_t ber_bvlen(const struct berval *bv);
void ber_bvfree(struct berval *bv);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "lber.h"
struct berval *ber_bvdup(const struct berval *src) { struct berval *d = malloc(sizeof *d); if (!d) return 0; d->bv_len = src->bv_len; d->bv_val = malloc(src->bv_len + 1); if (d->bv_val) { memcpy(d->bv_val, src->bv_val, src->bv_len); d->bv_val[src->bv_len] = 0; } return d; }
ber_len_t ber_bvlen(const struct berval *bv) { return bv ? bv->bv_len : 0; }
void ber_bvfree(struct berval *bv) { if (bv) { free(bv->bv_val); free(bv); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "lber.h"
struct berval *ber_bvdup(const struct berval *src) { struct berval *d = malloc(sizeof *d); if (!d) return 0; d->bv_len = src->bv_len; d->bv_val = malloc(src->bv_len + 1); if (d->bv_val) { memcpy(d->bv_val, src->bv_val, src->bv_len); d->bv_val[src->bv_len] = 0; } return d; }
ber_len_t ber_bvlen(const struct berval *bv) { return bv ? bv->bv_len : 0; }
void ber_bvfree(struct berval *bv) { if (bv) { free(bv->bv_val); free(bv); } }
