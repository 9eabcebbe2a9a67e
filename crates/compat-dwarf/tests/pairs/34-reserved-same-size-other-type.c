// expect: info
// why: reserved (unsigned long, 8 bytes at byte 8) becomes timeout_ms (long long, 8 bytes at byte 8) in the
// why: caller-allocated struct: same size and offset, so the layout holds; a reserved member has no old
// why: meaning to lose.
// abidiff: 4 disagree: abidiff reports reserved renamed and retyped; the new member has the reserved member's size and offset, so the layout is unchanged (info).
//--- v1
struct req { int op; unsigned long reserved; int prio; };
int submit(struct req *r) { return r->op + r->prio; }
//--- v2
struct req { int op; long long timeout_ms; int prio; };
int submit(struct req *r) { return r->op + r->prio + (int)r->timeout_ms; }
