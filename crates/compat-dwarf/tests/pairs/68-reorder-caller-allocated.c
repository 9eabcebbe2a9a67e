// expect: breaking
// why: Swapping width and height in a caller-allocated struct: same size, but each member moved, so the
// why: library reads old callers' width as height.
// abidiff: 4 agree
//--- v1/sz.h
struct size2 { int width; int height; };
int area(const struct size2 *s);
//--- v2/sz.h
struct size2 { int height; int width; };
int area(const struct size2 *s);
//--- v1
#include "sz.h"
int area(const struct size2 *s) { return s->width * 2 + s->height; }
//--- v2
#include "sz.h"
int area(const struct size2 *s) { return s->width * 2 + s->height; }
