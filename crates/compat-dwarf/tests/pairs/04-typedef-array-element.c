// expect: none
// why: The array member v of a caller-allocated struct keeps its type: elem_t is int, so int[4] and
// why: elem_t[4] are the same 16 bytes at the same offset.
// abidiff: 0 agree
//--- v1
struct vec { int v[4]; int len; };
int vec_sum(const struct vec *p) { int s = 0; for (int i = 0; i < p->len; i++) s += p->v[i]; return s; }
//--- v2
typedef int elem_t;
struct vec { elem_t v[4]; int len; };
int vec_sum(const struct vec *p) { int s = 0; for (int i = 0; i < p->len; i++) s += p->v[i]; return s; }
