// expect: warning
// why: The reverse of 39: unsigned int to int, same size and offset; values above INT_MAX turn negative.
// abidiff: 4 agree
//--- v1
struct buf { char *data; unsigned int count; };
int buf_len(const struct buf *b) { return (int)b->count; }
//--- v2
struct buf { char *data; int count; };
int buf_len(const struct buf *b) { return b->count; }
