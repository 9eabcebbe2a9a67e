// expect: breaking
// why: Appending c keeps a and b in place, but callers allocate struct cfg (8 bytes) and the library now
// why: reads 12: it reads c past the end of every old caller's object.
// abidiff: 4 agree
//--- v1/pub.h
struct cfg { int a; int b; };
int cfg_sum(const struct cfg *c);
//--- v2/pub.h
struct cfg { int a; int b; int c; };
int cfg_sum(const struct cfg *c);
//--- v1
#include "pub.h"
int cfg_sum(const struct cfg *c) { return c->a + c->b; }
//--- v2
#include "pub.h"
int cfg_sum(const struct cfg *c) { return c->a + c->b + c->c; }
