// expect: breaking
// why: row_t changes from int[4] to int[5]: member m of the by-value struct grid goes from int[2][4] to
// why: int[2][5] (32 to 40 bytes) and m[1][0] moves; callers index and copy it with the old shape.
// abidiff: 4 agree
// message: int[2][4]
//--- v1
typedef int row_t[4];
struct grid { row_t m[2]; };
int grid_at(struct grid g, int i, int j) { return g.m[i][j]; }
//--- v2
typedef int row_t[5];
struct grid { row_t m[2]; };
int grid_at(struct grid g, int i, int j) { return g.m[i][j]; }
