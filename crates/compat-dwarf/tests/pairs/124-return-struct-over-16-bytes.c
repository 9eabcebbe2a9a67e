// expect: breaking
// why: find_range returns struct range by value; adding flags grows it from 16 to 24 bytes, past the two
// why: registers of the x86-64 ABI: v2 returns it through a hidden pointer in %rdi, so old callers pass
// why: the string where the library expects the result buffer.
// abidiff: 4 agree
//--- v1/range.h
struct range { long start; long end; };
struct range find_range(const char *s);
//--- v2/range.h
struct range { long start; long end; int flags; };
struct range find_range(const char *s);
//--- v1
#include <string.h>
#include "range.h"
struct range find_range(const char *s) { struct range r = { 0, (long)strlen(s) }; return r; }
//--- v2
#include <string.h>
#include "range.h"
struct range find_range(const char *s) { struct range r = { 0, (long)strlen(s), 0 }; return r; }
