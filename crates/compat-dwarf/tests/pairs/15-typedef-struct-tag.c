// expect: none
// why: point_t is a typedef of struct point: the by-value parameter and result are the same struct.
// abidiff: 0 agree
//--- v1
struct point { int x, y; };
struct point flip(struct point p) { struct point q = { p.y, p.x }; return q; }
//--- v2
typedef struct point { int x, y; } point_t;
point_t flip(point_t p) { point_t q = { p.y, p.x }; return q; }
