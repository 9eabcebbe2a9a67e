// expect: breaking
// why: struct point (two ints, 8 bytes) becomes struct vec2 with two longs (16 bytes): a different
// why: by-value parameter and result for the same symbol.
// abidiff: 4 agree
//--- v1
struct point { int x; int y; };
struct point flip(struct point p) { struct point q = { p.y, p.x }; return q; }
//--- v2
struct vec2 { long x; long y; };
struct vec2 flip(struct vec2 p) { struct vec2 q = { p.y, p.x }; return q; }
