// expect: none
// why: gpgme_error_t was a typedef of unsigned int; v2 defines it through libgpg-error's gpg_error_t, itself a
// why: typedef of unsigned int (as gpgme does). Results and the caller-allocated struct's member have the same
// why: type at every level: nothing changed.
// abidiff: 0 agree
//--- v1/gpgme.h
typedef unsigned int gpgme_error_t;
typedef struct gpgme_op_result { gpgme_error_t status; unsigned int flags; const char *fpr; } gpgme_op_result_t;
gpgme_error_t gpgme_op_summarize(const char *fpr, gpgme_op_result_t *out);
gpgme_error_t gpgme_err_code(gpgme_error_t err);
//--- v2/gpgme.h
typedef unsigned int gpg_error_t;
typedef gpg_error_t gpgme_error_t;
typedef struct gpgme_op_result { gpgme_error_t status; unsigned int flags; const char *fpr; } gpgme_op_result_t;
gpgme_error_t gpgme_op_summarize(const char *fpr, gpgme_op_result_t *out);
gpgme_error_t gpgme_err_code(gpgme_error_t err);
//--- v1
#include "gpgme.h"
gpgme_error_t gpgme_op_summarize(const char *fpr, gpgme_op_result_t *out) { out->status = fpr ? 0 : 55; out->flags = 0; out->fpr = fpr; return out->status; }
gpgme_error_t gpgme_err_code(gpgme_error_t err) { return err & 0xffff; }
//--- v2
#include "gpgme.h"
gpgme_error_t gpgme_op_summarize(const char *fpr, gpgme_op_result_t *out) { out->status = fpr ? 0 : 55; out->flags = 0; out->fpr = fpr; return out->status; }
gpgme_error_t gpgme_err_code(gpgme_error_t err) { return err & 0xffff; }
