// expect: none
// why: A top-level const on a by-value parameter is not part of the function's type: scale(int) and
// why: scale(const int) are one function with one mangled name (_Z5scalei); only the definition's local
// why: variable became const.
// abidiff: 0 agree
//--- v1/s.h
int scale(int factor);
//--- v2/s.h
int scale(const int factor);
//--- v1
#include "s.h"
int scale(int factor) { return factor * 3; }
//--- v2
#include "s.h"
int scale(const int factor) { return factor * 3; }
