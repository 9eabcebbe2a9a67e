// expect: breaking
// why: The read callback consumers pass to rd_open changes from (user, buf, len) to (user, len, buf): the
// why: library now passes the length in %rsi and the buffer in %rdx, so an old callback writes to the
// why: address given by the length. Same types, another order.
// abidiff: 4 agree
//--- v1/rd.h
typedef struct rd rd;
typedef long (*rd_read_fn)(void *user, unsigned char *buf, unsigned long len);
rd *rd_open(rd_read_fn fn, void *user);
long rd_fill(rd *r);
//--- v2/rd.h
typedef struct rd rd;
typedef long (*rd_read_fn)(void *user, unsigned long len, unsigned char *buf);
rd *rd_open(rd_read_fn fn, void *user);
long rd_fill(rd *r);
//--- v1
#include <stdlib.h>
#include "rd.h"
struct rd { rd_read_fn fn; void *user; unsigned char buf[4096]; long have; };
rd *rd_open(rd_read_fn fn, void *user) { rd *r = calloc(1, sizeof *r); if (r) { r->fn = fn; r->user = user; } return r; }
long rd_fill(rd *r) { return r->have = r->fn(r->user, r->buf, sizeof r->buf); }
//--- v2
#include <stdlib.h>
#include "rd.h"
struct rd { rd_read_fn fn; void *user; unsigned char buf[4096]; long have; };
rd *rd_open(rd_read_fn fn, void *user) { rd *r = calloc(1, sizeof *r); if (r) { r->fn = fn; r->user = user; } return r; }
long rd_fill(rd *r) { return r->have = r->fn(r->user, sizeof r->buf, r->buf); }
