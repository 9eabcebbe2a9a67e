// expect: info
// why: struct point becomes struct vec2 with the same members, sizes and offsets (8 bytes, two ints: the
// why: same INTEGER classification, passed and returned in one register); the C symbol is unchanged, so
// why: binaries are unaffected; the rename is worth a line for readers of the API.
// abidiff: 4 disagree: abidiff flags the type name change (point to vec2) as an ABI change; the layout, the register classification and the C symbol are identical, so binaries are unaffected (info).
//--- v1
struct point { int x; int y; };
struct point flip(struct point p) { struct point q = { p.y, p.x }; return q; }
//--- v2
struct vec2 { int x; int y; };
struct vec2 flip(struct vec2 p) { struct vec2 q = { p.y, p.x }; return q; }
