// expect: breaking
// why: A member z is inserted at the front of the caller-allocated struct, so a and b move by 4 bytes;
// why: b is also respelled as count_t (= int). The move is the break and must be reported as a move.
// abidiff: 4 agree
// message: moved
//--- v1
struct pair { int a; int b; };
int pair_b(const struct pair *p) { return p->b; }
//--- v2
typedef int count_t;
struct pair { int z; int a; count_t b; };
int pair_b(const struct pair *p) { return p->b; }
