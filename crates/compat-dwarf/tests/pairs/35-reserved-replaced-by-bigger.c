// expect: breaking
// why: reserved (int, 4 bytes at byte 4) becomes a long (8 bytes, aligned to byte 8): prio moves from byte
// why: 8 to byte 16 and the caller-allocated struct grows from 12 to 24 bytes.
// abidiff: 4 agree
//--- v1
struct req { int op; int reserved; int prio; };
int submit(struct req *r) { return r->op + r->prio; }
//--- v2
struct req { int op; long timeout_ms; int prio; };
int submit(struct req *r) { return r->op + r->prio + (int)r->timeout_ms; }
