// expect: none
// why: The reverse of 01: a typedef'd member (count_t = int) spelled as plain int again is the same type.
// abidiff: 0 agree
//--- v1
typedef int count_t;
struct rec { count_t n; char tag; };
int rec_n(struct rec r) { return r.n + r.tag; }
//--- v2
struct rec { int n; char tag; };
int rec_n(struct rec r) { return r.n + r.tag; }
