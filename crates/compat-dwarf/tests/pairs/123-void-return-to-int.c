// expect: info
// why: buf_clear returned void and now returns int (an error code): old callers never read %eax, so they
// why: work unchanged; new callers can check the result. Compatible, but an API change worth stating.
// abidiff: 4 disagree: abidiff reports the return type changed from void to int; old callers never read %eax, so they are unaffected.
//--- buf.h
struct buf;
struct buf *buf_new(int cap);
//--- v1/api.h
#include "buf.h"
void buf_clear(struct buf *b);
//--- v2/api.h
#include "buf.h"
int buf_clear(struct buf *b);
//--- v1
#include <stdlib.h>
#include "api.h"
struct buf { int len; int cap; };
struct buf *buf_new(int cap) { struct buf *b = calloc(1, sizeof *b); if (b) b->cap = cap; return b; }
void buf_clear(struct buf *b) { b->len = 0; }
//--- v2
#include <stdlib.h>
#include "api.h"
struct buf { int len; int cap; };
struct buf *buf_new(int cap) { struct buf *b = calloc(1, sizeof *b); if (b) b->cap = cap; return b; }
int buf_clear(struct buf *b) { if (!b) return -1; b->len = 0; return 0; }
