// expect: info
// why: struct libmnt_context is only forward-declared in libmount.h and defined in the library's source; consumers hold
// why: the pointers mnt_new_context hands out. v2 adds members in the middle and a getter for one of them: the
// why: struct is invisible to consumers and a new function is compatible.
// abidiff: 4 disagree: abidiff reports struct libmnt_context's members; the struct is defined only in the library's source and consumers hold handed-out pointers.
//--- libmount.h
struct libmnt_context;
struct libmnt_context *mnt_new_context(void);
int mnt_context_set_source(struct libmnt_context *cxt, const char *source);
void mnt_free_context(struct libmnt_context *cxt);
//--- v2/libmount-extra.h
int mnt_context_get_syscall_status(struct libmnt_context *cxt);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libmount.h"
struct libmnt_context { int action; unsigned long mountflags; char *source; char *target; int flags; };
struct libmnt_context *mnt_new_context(void) { return calloc(1, sizeof(struct libmnt_context)); }
int mnt_context_set_source(struct libmnt_context *cxt, const char *source) { if (!cxt) return -22; free(cxt->source); cxt->source = source ? strdup(source) : 0; return 0; }
void mnt_free_context(struct libmnt_context *cxt) { if (cxt) { free(cxt->source); free(cxt->target); free(cxt); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libmount.h"
#include "libmount-extra.h"
struct libmnt_context { int action; int syscall_status; unsigned long mountflags; void *hooksets; char *source; char *target; int flags; };
struct libmnt_context *mnt_new_context(void) { return calloc(1, sizeof(struct libmnt_context)); }
int mnt_context_set_source(struct libmnt_context *cxt, const char *source) { if (!cxt) return -22; free(cxt->source); cxt->source = source ? strdup(source) : 0; return 0; }
int mnt_context_get_syscall_status(struct libmnt_context *cxt) { return cxt ? cxt->syscall_status : -22; }
void mnt_free_context(struct libmnt_context *cxt) { if (cxt) { free(cxt->source); free(cxt->target); free(cxt); } }
