// expect: breaking
// why: mpz_t is an array of one __mpz_struct that callers declare themselves (mpz_t x; mpz_init(x);), so the
// why: struct is caller-allocated. v2 widens _mp_alloc and _mp_size from int to long: the struct grows from 16 to
// why: 24 bytes and _mp_d moves from byte 8 to 16, so the library reads old callers' limb pointers from the wrong place.
// abidiff: 4 agree
//--- v1/gmp.h
typedef unsigned long mp_limb_t;
typedef struct { int _mp_alloc; int _mp_size; mp_limb_t *_mp_d; } __mpz_struct;
typedef __mpz_struct mpz_t[1];
typedef __mpz_struct *mpz_ptr;
typedef const __mpz_struct *mpz_srcptr;
void __gmpz_init(mpz_ptr x);
void __gmpz_set_ui(mpz_ptr rop, unsigned long op);
int __gmpz_sgn(mpz_srcptr op);
//--- v2/gmp.h
typedef unsigned long mp_limb_t;
typedef struct { long _mp_alloc; long _mp_size; mp_limb_t *_mp_d; } __mpz_struct;
typedef __mpz_struct mpz_t[1];
typedef __mpz_struct *mpz_ptr;
typedef const __mpz_struct *mpz_srcptr;
void __gmpz_init(mpz_ptr x);
void __gmpz_set_ui(mpz_ptr rop, unsigned long op);
int __gmpz_sgn(mpz_srcptr op);
//--- lib.c
#include <stdlib.h>
#include "gmp.h"
void __gmpz_init(mpz_ptr x) { x->_mp_alloc = 1; x->_mp_size = 0; x->_mp_d = calloc(1, sizeof(mp_limb_t)); }
void __gmpz_set_ui(mpz_ptr rop, unsigned long op) { rop->_mp_d[0] = op; rop->_mp_size = op != 0; }
int __gmpz_sgn(mpz_srcptr op) { return op->_mp_size < 0 ? -1 : op->_mp_size > 0; }
