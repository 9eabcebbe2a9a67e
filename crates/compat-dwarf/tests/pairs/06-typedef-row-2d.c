// expect: none
// why: row_t is int[4], so row_t m[2] is int[2][4]: the same 32 bytes, row-major, as before; the member
// why: of the by-value struct grid only changed spelling.
// abidiff: 0 agree
//--- v1
struct grid { int m[2][4]; };
int grid_at(struct grid g, int i, int j) { return g.m[i][j]; }
//--- v2
typedef int row_t[4];
struct grid { row_t m[2]; };
int grid_at(struct grid g, int i, int j) { return g.m[i][j]; }
