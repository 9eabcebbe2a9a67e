// expect: warning
// why: buf_copy's dst and src become restrict-qualified: top-level qualifiers of parameters are not part of the
// why: function's type, the registers and the C symbol are the same, so no layout or calling break; but the
// why: contract narrows: v1 copied forward and tolerated overlapping buffers, v2 lets the compiler assume
// why: none, so old callers passing overlapping ranges may now get different results.
// abidiff: 0 disagree: abidiff ignores restrict on parameters; the layout holds, but callers passing overlapping buffers, which v1 tolerated, now break the library's assumption.
//--- v1/buf.h
unsigned long buf_copy(char *dst, const char *src, unsigned long n);
//--- v2/buf.h
unsigned long buf_copy(char *restrict dst, const char *restrict src, unsigned long n);
//--- v1
#include "buf.h"
unsigned long buf_copy(char *dst, const char *src, unsigned long n)
{ for (unsigned long i = 0; i < n; i++) dst[i] = src[i]; return n; }
//--- v2
#include "buf.h"
unsigned long buf_copy(char *restrict dst, const char *restrict src, unsigned long n)
{ for (unsigned long i = 0; i < n; i++) dst[i] = src[i]; return n; }
