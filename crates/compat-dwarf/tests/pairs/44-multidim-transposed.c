// expect: breaking
// why: Member m of the by-value struct goes from int[2][5] to int[5][2]: same 40 bytes, but m[i][j] is at
// why: i*5+j before and i*2+j after, so every element but the first moves. The message names both types
// why: in declaration order.
// abidiff: 4 agree
// message: int[2][5] to int[5][2]
//--- v1
struct mat { int m[2][5]; };
int mat_at(struct mat a, int i, int j) { return a.m[i][j]; }
//--- v2
struct mat { int m[5][2]; };
int mat_at(struct mat a, int i, int j) { return a.m[i][j]; }
