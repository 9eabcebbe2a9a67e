// expect: info
// why: The reserved pointer of the caller-allocated struct cbs is replaced in place by user_data, also a
// why: pointer (8 bytes at byte 8): the layout is identical and old callers that left it NULL still work.
// abidiff: 0 agree
//--- v1
struct cbs { int version; void *reserved1; long flags; };
int install(const struct cbs *c) { return c->version + (int)c->flags; }
//--- v2
struct cbs { int version; void *user_data; long flags; };
int install(const struct cbs *c) { return c->version + (int)c->flags + (c->user_data != 0); }
