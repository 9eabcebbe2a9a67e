// expect: none
// why: v2 only swaps the order in which the header declares the two typedef'd anonymous structs point_t and
// why: size_t2_t: each keeps its members, and every function takes and returns the same types, so nothing
// why: changes for any binary. The two structs trade declaration lines, and each must still be compared with
// why: its own old definition (the other side of 910).
// abidiff: 0 agree
//--- v1/geom.h
typedef struct { int x; int y; } point_t;
typedef struct { unsigned w; unsigned h; unsigned long stride; } size_t2_t;
int geom_fit(const point_t *at, const size_t2_t *size, point_t *out);
//--- v2/geom.h
typedef struct { unsigned w; unsigned h; unsigned long stride; } size_t2_t;
typedef struct { int x; int y; } point_t;
int geom_fit(const point_t *at, const size_t2_t *size, point_t *out);
//--- v1
#include "geom.h"
int geom_fit(const point_t *at, const size_t2_t *size, point_t *out) {
    if (!at || !size || !out) return -1;
    out->x = at->x < 0 ? 0 : at->x >= (int)size->w ? (int)size->w - 1 : at->x;
    out->y = at->y < 0 ? 0 : at->y >= (int)size->h ? (int)size->h - 1 : at->y;
    return 0;
}
//--- v2
#include "geom.h"
int geom_fit(const point_t *at, const size_t2_t *size, point_t *out) {
    if (!at || !size || !out) return -1;
    out->x = at->x < 0 ? 0 : at->x >= (int)size->w ? (int)size->w - 1 : at->x;
    out->y = at->y < 0 ? 0 : at->y >= (int)size->h ? (int)size->h - 1 : at->y;
    return 0;
}
