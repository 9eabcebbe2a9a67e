// expect: none
// why: count_t is a typedef of int, so member n of the by-value struct rec has the same type, size and
// why: offset; only its spelling changed, and neither binaries nor sources built against v1 can tell.
// abidiff: 0 agree
//--- v1
struct rec { int n; char tag; };
int rec_n(struct rec r) { return r.n + r.tag; }
//--- v2
typedef int count_t;
struct rec { count_t n; char tag; };
int rec_n(struct rec r) { return r.n + r.tag; }
