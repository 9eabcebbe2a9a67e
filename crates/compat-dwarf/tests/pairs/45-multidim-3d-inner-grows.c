// expect: breaking
// why: The caller-allocated cube goes from int[2][3][4] to int[2][3][5]: 96 to 120 bytes, and every row
// why: after the first moves; the message spells both in declaration order.
// abidiff: 4 agree
// message: int[2][3][4] to int[2][3][5]
//--- v1
struct cube { int c[2][3][4]; };
int cube_at(const struct cube *q) { return q->c[1][2][3]; }
//--- v2
struct cube { int c[2][3][5]; };
int cube_at(const struct cube *q) { return q->c[1][2][3]; }
