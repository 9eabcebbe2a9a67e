// expect: info
// why: The other side of 884: struct xfer_stats is allocated by callers and filled by xfer_get_stats (a pointer to
// why: non-const, nothing hands one out), but it holds only counters the library writes, no callback a caller sets.
// why: v2 puts uint32_t retries into the 4 bytes of interior padding after uint32_t errors: the size (32 bytes) and
// why: every other offset hold, the library only writes the new member into storage every old caller's object has,
// why: and old callers never look at it (as 266 in tail padding).
// abidiff: 4 disagree: abidiff reports retries inserted at byte 12; it takes interior padding of an out-parameter the library only writes, so size, offsets and old callers are unaffected.
//--- v1/xfer.h
#include <stdint.h>
struct xfer_stats { uint64_t bytes; uint32_t errors; uint64_t usec; uint32_t streams; };
struct xfer;
struct xfer *xfer_new(int fd);
int xfer_get_stats(const struct xfer *x, struct xfer_stats *out);
//--- v2/xfer.h
#include <stdint.h>
struct xfer_stats { uint64_t bytes; uint32_t errors; uint32_t retries; uint64_t usec; uint32_t streams; };
struct xfer;
struct xfer *xfer_new(int fd);
int xfer_get_stats(const struct xfer *x, struct xfer_stats *out);
//--- v1
#include <stdlib.h>
#include "xfer.h"
struct xfer { int fd; uint64_t sent; };
struct xfer *xfer_new(int fd) { struct xfer *x = calloc(1, sizeof *x); if (x) x->fd = fd; return x; }
int xfer_get_stats(const struct xfer *x, struct xfer_stats *out) {
    if (!x || !out) return -1;
    out->bytes = x->sent; out->errors = 0; out->usec = 1000; out->streams = 1;
    return 0;
}
//--- v2
#include <stdlib.h>
#include "xfer.h"
struct xfer { int fd; uint64_t sent; };
struct xfer *xfer_new(int fd) { struct xfer *x = calloc(1, sizeof *x); if (x) x->fd = fd; return x; }
int xfer_get_stats(const struct xfer *x, struct xfer_stats *out) {
    if (!x || !out) return -1;
    out->bytes = x->sent; out->errors = 0; out->retries = 0; out->usec = 1000; out->streams = 1;
    return 0;
}
