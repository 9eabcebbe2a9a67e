// expect: info
// why: The same swap in a struct that the header only forward-declares and the library allocates
// why: (size2_new): an opaque handle, so the reorder is invisible to consumers.
// abidiff: 4 disagree: as 55: struct size2 is an opaque handle defined only in lib.c.
//--- sz.h
struct size2;
struct size2 *size2_new(int w, int h);
int area(const struct size2 *s);
//--- v1
#include <stdlib.h>
#include "sz.h"
struct size2 { int width; int height; };
struct size2 *size2_new(int w, int h) { struct size2 *s = malloc(sizeof *s); s->width = w; s->height = h; return s; }
int area(const struct size2 *s) { return s->width * 2 + s->height; }
//--- v2
#include <stdlib.h>
#include "sz.h"
struct size2 { int height; int width; };
struct size2 *size2_new(int w, int h) { struct size2 *s = malloc(sizeof *s); s->width = w; s->height = h; return s; }
int area(const struct size2 *s) { return s->width * 2 + s->height; }
