// expect: info
// why: mpfr_rnd_t, passed by value to mpfr_set_d, gains MPFR_RNDF = 5 after MPFR_RNDA (MPFR 4.0); MPFR_RNDNA = -1
// why: already made the underlying type int, so it stays int and every existing enumerator keeps its value:
// why: old callers' arguments mean the same, and the new mode is an API extension (as in 221).
// abidiff: 0 agree
//--- v1/mpfr.h
typedef enum { MPFR_RNDN = 0, MPFR_RNDZ, MPFR_RNDU, MPFR_RNDD, MPFR_RNDA, MPFR_RNDNA = -1 } mpfr_rnd_t;
typedef struct { long _mpfr_prec; int _mpfr_sign; long _mpfr_exp; unsigned long *_mpfr_d; } __mpfr_struct;
typedef __mpfr_struct *mpfr_ptr;
int mpfr_set_d(mpfr_ptr rop, double op, mpfr_rnd_t rnd);
//--- v2/mpfr.h
typedef enum { MPFR_RNDN = 0, MPFR_RNDZ, MPFR_RNDU, MPFR_RNDD, MPFR_RNDA, MPFR_RNDF, MPFR_RNDNA = -1 } mpfr_rnd_t;
typedef struct { long _mpfr_prec; int _mpfr_sign; long _mpfr_exp; unsigned long *_mpfr_d; } __mpfr_struct;
typedef __mpfr_struct *mpfr_ptr;
int mpfr_set_d(mpfr_ptr rop, double op, mpfr_rnd_t rnd);
//--- lib.c
#include "mpfr.h"
int mpfr_set_d(mpfr_ptr rop, double op, mpfr_rnd_t rnd) {
  if (!rop || !rop->_mpfr_d) return 0;
  rop->_mpfr_sign = op < 0 ? -1 : 1;
  rop->_mpfr_d[0] = (unsigned long)(op < 0 ? -op : op);
  return rnd == MPFR_RNDN ? 0 : (rnd == MPFR_RNDU ? 1 : -1);
}
