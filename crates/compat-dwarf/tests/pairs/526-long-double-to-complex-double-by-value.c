// expect: breaking
// why: stat_mean returns long double in v1 and double _Complex in v2 (a mean with an error term). Both are 16
// why: bytes, but long double is returned in st(0) on the x87 stack and double _Complex in xmm0 and xmm1: old
// why: callers pop a value the library never pushed.
// abidiff: 4 agree
//--- v1/stat.h
long double stat_mean(const double *v, int n);
//--- v2/stat.h
#include <complex.h>
double _Complex stat_mean(const double *v, int n);
//--- v1
#include "stat.h"
long double stat_mean(const double *v, int n) { long double s = 0; for (int i = 0; i < n; i++) s += v[i]; return n ? s / n : 0; }
//--- v2
#include "stat.h"
double _Complex stat_mean(const double *v, int n) { double s = 0; for (int i = 0; i < n; i++) s += v[i]; return n ? s / n : 0; }
