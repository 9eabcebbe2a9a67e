// expect: info
// why: gnutls_certificate_set_verify_flags takes its flags as gnutls_certificate_verify_flags instead of
// why: unsigned int. The enum's flag values (1 << 0 ... 1 << 15) are all non-negative, so its underlying type
// why: is unsigned int: the same 4 bytes in %esi with the same signedness under the same C symbol, so binaries
// why: are unaffected; the typed parameter is an API change (an enum and its own underlying type, as in 17).
// abidiff: 0 agree
//--- v1/gnutls.h
typedef struct gnutls_certificate_credentials_st *gnutls_certificate_credentials_t;
typedef enum gnutls_certificate_verify_flags {
  GNUTLS_VERIFY_DISABLE_CA_SIGN = 1 << 0,
  GNUTLS_VERIFY_DO_NOT_ALLOW_SAME = 1 << 2,
  GNUTLS_VERIFY_ALLOW_ANY_X509_V1_CA_CRT = 1 << 3,
  GNUTLS_VERIFY_DISABLE_TIME_CHECKS = 1 << 6,
  GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1 = 1 << 15
} gnutls_certificate_verify_flags;
int gnutls_certificate_allocate_credentials(gnutls_certificate_credentials_t *res);
void gnutls_certificate_set_verify_flags(gnutls_certificate_credentials_t res, unsigned int flags);
unsigned int gnutls_certificate_get_verify_flags(gnutls_certificate_credentials_t res);
void gnutls_certificate_free_credentials(gnutls_certificate_credentials_t sc);
//--- v2/gnutls.h
typedef struct gnutls_certificate_credentials_st *gnutls_certificate_credentials_t;
typedef enum gnutls_certificate_verify_flags {
  GNUTLS_VERIFY_DISABLE_CA_SIGN = 1 << 0,
  GNUTLS_VERIFY_DO_NOT_ALLOW_SAME = 1 << 2,
  GNUTLS_VERIFY_ALLOW_ANY_X509_V1_CA_CRT = 1 << 3,
  GNUTLS_VERIFY_DISABLE_TIME_CHECKS = 1 << 6,
  GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1 = 1 << 15
} gnutls_certificate_verify_flags;
int gnutls_certificate_allocate_credentials(gnutls_certificate_credentials_t *res);
void gnutls_certificate_set_verify_flags(gnutls_certificate_credentials_t res, gnutls_certificate_verify_flags flags);
unsigned int gnutls_certificate_get_verify_flags(gnutls_certificate_credentials_t res);
void gnutls_certificate_free_credentials(gnutls_certificate_credentials_t sc);
//--- v1
#include <stdlib.h>
#include "gnutls.h"
struct gnutls_certificate_credentials_st { unsigned int verify_flags; unsigned int verify_depth; void *x509_ca_list; };
int gnutls_certificate_allocate_credentials(gnutls_certificate_credentials_t *res) { *res = calloc(1, sizeof **res); return *res ? 0 : -25; }
void gnutls_certificate_set_verify_flags(gnutls_certificate_credentials_t res, unsigned int flags) { res->verify_flags = flags; }
unsigned int gnutls_certificate_get_verify_flags(gnutls_certificate_credentials_t res) { return res->verify_flags; }
void gnutls_certificate_free_credentials(gnutls_certificate_credentials_t sc) { free(sc); }
//--- v2
#include <stdlib.h>
#include "gnutls.h"
struct gnutls_certificate_credentials_st { unsigned int verify_flags; unsigned int verify_depth; void *x509_ca_list; };
int gnutls_certificate_allocate_credentials(gnutls_certificate_credentials_t *res) { *res = calloc(1, sizeof **res); return *res ? 0 : -25; }
void gnutls_certificate_set_verify_flags(gnutls_certificate_credentials_t res, gnutls_certificate_verify_flags flags) { res->verify_flags = (unsigned int)flags; }
unsigned int gnutls_certificate_get_verify_flags(gnutls_certificate_credentials_t res) { return res->verify_flags; }
void gnutls_certificate_free_credentials(gnutls_certificate_credentials_t sc) { free(sc); }
