// expect: breaking
// why: Same size (8 bytes) and offsets, but struct fpoint has two floats: it is classified SSE and passed
// why: in %xmm0 instead of %rdi, and its bits mean something else; callers built against v1 pass ints.
// abidiff: 4 agree
//--- v1
struct point { int x; int y; };
int norm1(struct point p) { return p.x + p.y; }
//--- v2
struct fpoint { float x; float y; };
int norm1(struct fpoint p) { return (int)(p.x + p.y); }
