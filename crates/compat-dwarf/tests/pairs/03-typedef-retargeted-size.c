// expect: breaking
// why: count_t goes from int to long, so member n of the by-value struct rec grows from 4 to 8 bytes and
// why: tag moves from byte 4 to byte 8; callers pass rec by value with the old layout.
// abidiff: 4 agree
//--- v1
typedef int count_t;
struct rec { count_t n; char tag; };
int rec_n(struct rec r) { return r.n + r.tag; }
//--- v2
typedef long count_t;
struct rec { count_t n; char tag; };
int rec_n(struct rec r) { return r.n + r.tag; }
