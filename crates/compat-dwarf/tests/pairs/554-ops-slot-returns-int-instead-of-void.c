// expect: breaking
// why: struct io_hooks is a table of callbacks the caller fills and registers (io_set_hooks). v2 changes its flush
// why: slot from void (*)(void *) to int (*)(void *) and the library now tests the result: old callers' flush
// why: functions return nothing, so the library reads whatever eax holds and may take a successful flush for a failure.
// abidiff: 4 agree
//--- v1/io.h
struct io_hooks { long (*write)(void *ctx, const void *buf, unsigned long n); void (*flush)(void *ctx); };
int io_set_hooks(const struct io_hooks *h, void *ctx);
int io_sync(void);
//--- v2/io.h
struct io_hooks { long (*write)(void *ctx, const void *buf, unsigned long n); int (*flush)(void *ctx); };
int io_set_hooks(const struct io_hooks *h, void *ctx);
int io_sync(void);
//--- v1
#include "io.h"
static struct io_hooks hooks; static void *hctx;
int io_set_hooks(const struct io_hooks *h, void *ctx) { hooks = *h; hctx = ctx; return 0; }
int io_sync(void) { if (hooks.flush) hooks.flush(hctx); return 0; }
//--- v2
#include "io.h"
static struct io_hooks hooks; static void *hctx;
int io_set_hooks(const struct io_hooks *h, void *ctx) { hooks = *h; hctx = ctx; return 0; }
int io_sync(void) { return hooks.flush ? hooks.flush(hctx) : 0; }
