// expect: breaking
// why: The other side of 525: cx_scale returns long double _Complex in v1 and struct lcpx {long double re, im;}
// why: in v2. Both are 32 bytes of two long doubles, but the complex value comes back in st(0) and st(1)
// why: (COMPLEX_X87) while the struct, larger than 16 bytes, comes back in memory through a hidden pointer the
// why: caller passes in rdi: old callers pass no such pointer and pop x87 registers the library never set.
// abidiff: 4 agree
//--- v1/cx.h
#include <complex.h>
long double _Complex cx_scale(long double re, long double im, long double k);
//--- v2/cx.h
struct lcpx { long double re, im; };
struct lcpx cx_scale(long double re, long double im, long double k);
//--- v1
#include "cx.h"
long double _Complex cx_scale(long double re, long double im, long double k) { return (re + im * I) * k; }
//--- v2
#include "cx.h"
struct lcpx cx_scale(long double re, long double im, long double k) { struct lcpx r = { re * k, im * k }; return r; }
