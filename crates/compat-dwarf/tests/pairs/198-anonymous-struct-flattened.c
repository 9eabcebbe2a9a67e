// expect: none
// why: struct rect groups x and y in a C11 anonymous struct in v1 and declares them directly in v2: every member
// why: keeps its name, type and offset (x 0, y 4, w 8, h 12), consumers write r.x either way and sizeof is 16,
// why: and rect_area takes it by value in the same registers.
// abidiff: 4 disagree: abidiff reports the anonymous struct replaced by x and y; every member keeps its name, type and offset and rect_area its registers.
//--- v1/rect.h
struct rect { struct { int x; int y; }; int w; int h; };
long rect_area(struct rect r);
//--- v2/rect.h
struct rect { int x; int y; int w; int h; };
long rect_area(struct rect r);
//--- lib.c
#include "rect.h"
long rect_area(struct rect r) { return (long)(r.w - r.x) * (r.h - r.y); }
