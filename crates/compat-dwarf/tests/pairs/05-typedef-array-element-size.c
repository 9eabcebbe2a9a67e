// expect: breaking
// why: elem_t is short in v2, so v shrinks from int[4] (16 bytes) to short[4] (8 bytes) and len moves
// why: from byte 16 to byte 8; callers allocate and fill struct vec themselves (vec_sum takes a pointer).
// abidiff: 4 agree
//--- v1
struct vec { int v[4]; int len; };
int vec_sum(const struct vec *p) { int s = 0; for (int i = 0; i < p->len; i++) s += p->v[i]; return s; }
//--- v2
typedef short elem_t;
struct vec { elem_t v[4]; int len; };
int vec_sum(const struct vec *p) { int s = 0; for (int i = 0; i < p->len; i++) s += p->v[i]; return s; }
