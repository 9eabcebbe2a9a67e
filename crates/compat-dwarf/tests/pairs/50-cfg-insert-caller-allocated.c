// expect: breaking
// why: The reproducer: callers allocate and fill struct cfg themselves (get_b only takes a
// why: pointer and nothing hands one out); v2 inserts z before b, so the library reads b at byte 8 while
// why: old callers wrote it at byte 4.
// abidiff: 4 agree
//--- v1/pub.h
struct cfg { int a; int b; };
int get_b(const struct cfg *c);
//--- v2/pub.h
struct cfg { int a; int z; int b; };
int get_b(const struct cfg *c);
//--- v1
#include "pub.h"
int get_b(const struct cfg *c) { return c->b; }
//--- v2
#include "pub.h"
int get_b(const struct cfg *c) { return c->b; }
