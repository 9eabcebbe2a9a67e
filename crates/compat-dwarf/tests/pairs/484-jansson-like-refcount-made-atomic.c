// expect: warning
// why: struct rc_buf is caller-allocated (struct rc_buf b; rc_buf_init(&b, storage, n); nothing hands one out).
// why: v2 makes refcount _Atomic int: same size (4), alignment and offset, so the layout holds, but the library
// why: now updates it with atomic read-modify-write while old inline code in callers (RC_BUF_REF) still increments
// why: it non-atomically: a qualifier change on a member with a semantic risk, not a layout break.
// abidiff: 4 agree
//--- v1/rcbuf.h
#include <stddef.h>
struct rc_buf { int refcount; unsigned flags; unsigned char *data; size_t len; };
#define RC_BUF_REF(b) ((b)->refcount++, (b))
void rc_buf_init(struct rc_buf *b, unsigned char *data, size_t len);
int rc_buf_unref(struct rc_buf *b);
//--- v2/rcbuf.h
#include <stddef.h>
struct rc_buf { _Atomic int refcount; unsigned flags; unsigned char *data; size_t len; };
#define RC_BUF_REF(b) ((b)->refcount++, (b))
void rc_buf_init(struct rc_buf *b, unsigned char *data, size_t len);
int rc_buf_unref(struct rc_buf *b);
//--- v1
#include "rcbuf.h"
void rc_buf_init(struct rc_buf *b, unsigned char *data, size_t len) { b->refcount = 1; b->flags = 0; b->data = data; b->len = len; }
int rc_buf_unref(struct rc_buf *b) { return --b->refcount; }
//--- v2
#include "rcbuf.h"
void rc_buf_init(struct rc_buf *b, unsigned char *data, size_t len) { b->refcount = 1; b->flags = 0; b->data = data; b->len = len; }
int rc_buf_unref(struct rc_buf *b) { return --b->refcount; }
