// expect: warning
// why: struct io_event is the element of the array callers allocate for io_getevents, which the library fills. v2
// why: declares res and res2 long instead of unsigned long, as the kernel's __s64 does (a negative res is an
// why: -errno): same size and offset, but old binaries compare the value as unsigned, so a failed request reads as
// why: a huge byte count. A same-size signedness change of members callers read.
// abidiff: 4 agree
//--- v1/libaio.h
#include <time.h>
typedef struct io_context *io_context_t;
struct iocb;
struct io_event { void *data; struct iocb *obj; unsigned long res; unsigned long res2; };
int io_setup(int maxevents, io_context_t *ctxp);
int io_getevents(io_context_t ctx, long min_nr, long nr, struct io_event *events, struct timespec *timeout);
int io_destroy(io_context_t ctx);
//--- v2/libaio.h
#include <time.h>
typedef struct io_context *io_context_t;
struct iocb;
struct io_event { void *data; struct iocb *obj; long res; long res2; };
int io_setup(int maxevents, io_context_t *ctxp);
int io_getevents(io_context_t ctx, long min_nr, long nr, struct io_event *events, struct timespec *timeout);
int io_destroy(io_context_t ctx);
//--- v1
#include <stdlib.h>
#include "libaio.h"
struct io_context { int maxevents; long completed; };
int io_setup(int maxevents, io_context_t *ctxp) { io_context_t c = calloc(1, sizeof *c); if (!c) return -12; c->maxevents = maxevents; *ctxp = c; return 0; }
int io_getevents(io_context_t ctx, long min_nr, long nr, struct io_event *events, struct timespec *timeout) { (void)min_nr; (void)timeout; long n = nr < ctx->maxevents ? nr : ctx->maxevents; for (long i = 0; i < n; i++) { events[i].data = 0; events[i].obj = 0; events[i].res = (unsigned long)-5; events[i].res2 = 0; } ctx->completed += n; return (int)n; }
int io_destroy(io_context_t ctx) { free(ctx); return 0; }
//--- v2
#include <stdlib.h>
#include "libaio.h"
struct io_context { int maxevents; long completed; };
int io_setup(int maxevents, io_context_t *ctxp) { io_context_t c = calloc(1, sizeof *c); if (!c) return -12; c->maxevents = maxevents; *ctxp = c; return 0; }
int io_getevents(io_context_t ctx, long min_nr, long nr, struct io_event *events, struct timespec *timeout) { (void)min_nr; (void)timeout; long n = nr < ctx->maxevents ? nr : ctx->maxevents; for (long i = 0; i < n; i++) { events[i].data = 0; events[i].obj = 0; events[i].res = -5; events[i].res2 = 0; } ctx->completed += n; return (int)n; }
int io_destroy(io_context_t ctx) { free(ctx); return 0; }
