// expect: none
// why: libksba's canonical S-expressions are typedef unsigned char *ksba_sexp_t. v2 spells the parameter and result
// why: types of ksba_cert_get_public_key and ksba_sexp_len out as unsigned char * and const unsigned char *
// why: (a header cleanup): the typedef names that very type, so every function, register and symbol is the same.
// abidiff: 0 agree
//--- v1/ksba.h
#include <stddef.h>
typedef unsigned char *ksba_sexp_t;
typedef const unsigned char *ksba_const_sexp_t;
typedef struct ksba_cert_s *ksba_cert_t;
ksba_cert_t ksba_cert_new_from_der(const void *der, size_t len);
ksba_sexp_t ksba_cert_get_public_key(ksba_cert_t cert);
size_t ksba_sexp_len(ksba_const_sexp_t sexp);
void ksba_free(void *p);
//--- v2/ksba.h
#include <stddef.h>
typedef unsigned char *ksba_sexp_t;
typedef const unsigned char *ksba_const_sexp_t;
typedef struct ksba_cert_s *ksba_cert_t;
ksba_cert_t ksba_cert_new_from_der(const void *der, size_t len);
unsigned char *ksba_cert_get_public_key(ksba_cert_t cert);
size_t ksba_sexp_len(const unsigned char *sexp);
void ksba_free(void *p);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "ksba.h"
struct ksba_cert_s { unsigned char *der; size_t len; };
ksba_cert_t ksba_cert_new_from_der(const void *der, size_t len) { ksba_cert_t c = calloc(1, sizeof *c); if (c && (c->der = malloc(len))) { memcpy(c->der, der, len); c->len = len; } return c; }
ksba_sexp_t ksba_cert_get_public_key(ksba_cert_t cert) { if (!cert || cert->len < 4) return NULL; ksba_sexp_t s = malloc(cert->len + 8); if (s) { memcpy(s, "(10:", 4); memcpy(s + 4, cert->der, 4); s[8] = ')'; s[9] = 0; } return s; }
size_t ksba_sexp_len(ksba_const_sexp_t sexp) { size_t depth = 0, n = 0; if (!sexp || *sexp != '(') return 0; do { if (sexp[n] == '(') depth++; else if (sexp[n] == ')') depth--; n++; } while (depth && sexp[n]); return n; }
void ksba_free(void *p) { free(p); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "ksba.h"
struct ksba_cert_s { unsigned char *der; size_t len; };
ksba_cert_t ksba_cert_new_from_der(const void *der, size_t len) { ksba_cert_t c = calloc(1, sizeof *c); if (c && (c->der = malloc(len))) { memcpy(c->der, der, len); c->len = len; } return c; }
unsigned char *ksba_cert_get_public_key(ksba_cert_t cert) { if (!cert || cert->len < 4) return NULL; unsigned char *s = malloc(cert->len + 8); if (s) { memcpy(s, "(10:", 4); memcpy(s + 4, cert->der, 4); s[8] = ')'; s[9] = 0; } return s; }
size_t ksba_sexp_len(const unsigned char *sexp) { size_t depth = 0, n = 0; if (!sexp || *sexp != '(') return 0; do { if (sexp[n] == '(') depth++; else if (sexp[n] == ')') depth--; n++; } while (depth && sexp[n]); return n; }
void ksba_free(void *p) { free(p); }
