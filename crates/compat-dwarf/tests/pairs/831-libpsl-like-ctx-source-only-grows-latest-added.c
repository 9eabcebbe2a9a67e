// expect: info
// why: psl_ctx_t is a typedef of struct psl_ctx_st, which psl.h only forward-declares; the struct is defined in the
// why: library's source and handed out by psl_load_file and psl_builtin. libpsl 0.21 adds psl_latest and grows the
// why: context by the DAFSA buffer fields: consumers hold only pointers, and an added function breaks no old binary.
// abidiff: 4 disagree: abidiff reports the added function and psl_ctx_st grown, but the struct is defined only in the library and consumers only hold pointers to it.
//--- psl.h
#include <stddef.h>
typedef struct psl_ctx_st psl_ctx_t;
const psl_ctx_t *psl_builtin(void);
psl_ctx_t *psl_load_file(const char *fname);
int psl_is_public_suffix(const psl_ctx_t *psl, const char *domain);
void psl_free(psl_ctx_t *psl);
//--- v1/psl-extra.h
//--- v2/psl-extra.h
psl_ctx_t *psl_latest(const char *fname);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "psl.h"
#include "psl-extra.h"
struct psl_ctx_st { void *suffixes; int nsuffexc; int nexceptions; int nwildcards; };
static struct psl_ctx_st builtin = { 0, 0, 0, 0 };
const psl_ctx_t *psl_builtin(void) { return &builtin; }
psl_ctx_t *psl_load_file(const char *fname) { if (!fname || !*fname) return 0; psl_ctx_t *p = calloc(1, sizeof *p); if (p) p->nsuffexc = (int)strlen(fname); return p; }
int psl_is_public_suffix(const psl_ctx_t *psl, const char *domain) { if (!psl || !domain) return 1; return strchr(domain, '.') == 0 || psl->nwildcards > 0; }
void psl_free(psl_ctx_t *psl) { if (psl != &builtin) free(psl); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "psl.h"
#include "psl-extra.h"
struct psl_ctx_st { void *suffixes; unsigned char *dafsa; size_t dafsa_size; int nsuffexc; int nexceptions; int nwildcards; unsigned utf8 : 1; };
static struct psl_ctx_st builtin = { 0, 0, 0, 0, 0, 0, 1 };
const psl_ctx_t *psl_builtin(void) { return &builtin; }
psl_ctx_t *psl_load_file(const char *fname) { if (!fname || !*fname) return 0; psl_ctx_t *p = calloc(1, sizeof *p); if (p) p->nsuffexc = (int)strlen(fname); return p; }
psl_ctx_t *psl_latest(const char *fname) { return fname ? psl_load_file(fname) : psl_load_file("/usr/share/publicsuffix/public_suffix_list.dafsa"); }
int psl_is_public_suffix(const psl_ctx_t *psl, const char *domain) { if (!psl || !domain) return 1; return strchr(domain, '.') == 0 || psl->nwildcards > 0 || (psl->dafsa && psl->dafsa_size == 0); }
void psl_free(psl_ctx_t *psl) { if (psl != &builtin) free(psl); }
