// expect: warning
// why: Member count of the caller-allocated struct goes from int to unsigned int: same size and offset,
// why: so the layout holds, but negative counts written by old callers now read as huge values.
// abidiff: 4 agree
//--- v1
struct buf { char *data; int count; };
int buf_len(const struct buf *b) { return b->count; }
//--- v2
struct buf { char *data; unsigned int count; };
int buf_len(const struct buf *b) { return (int)b->count; }
