// expect: info
// why: reserved[0] of the caller-allocated struct opts becomes flags at the same offset and size; the
// why: struct's size and every other offset stay (reserved shrinks to the remaining 3 slots at bytes
// why: 8-19). Callers that zeroed reserved now pass flags = 0, which is what reserving was for.
// abidiff: 4 disagree: abidiff reports flags inserted and reserved shrunk and moved; reserved exists to be replaced this way: struct size and the offsets of level and of every used byte are unchanged (info).
//--- v1
struct opts { int level; int reserved[4]; };
int apply(const struct opts *o) { return o->level; }
//--- v2
struct opts { int level; int flags; int reserved[3]; };
int apply(const struct opts *o) { return o->level + o->flags; }
