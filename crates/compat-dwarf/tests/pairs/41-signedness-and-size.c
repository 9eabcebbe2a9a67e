// expect: breaking
// why: count goes from int (4 bytes) to unsigned long (8 bytes): the caller-allocated struct grows from 16
// why: to 24 bytes and callers write only the low half.
// abidiff: 4 agree
//--- v1
struct buf { char *data; int count; };
int buf_len(const struct buf *b) { return b->count; }
//--- v2
struct buf { char *data; unsigned long count; };
int buf_len(const struct buf *b) { return (int)b->count; }
