// expect: info
// why: ctx_init(struct ctx *) initialises a struct in place, which can mean callers allocate it (429), but
// why: struct ctx is only forward-declared in the header and defined in lib.c: consumers cannot allocate it or
// why: read its members, so only ctx_new's pointers reach them and growing it is invisible (the other
// why: direction of 429).
// abidiff: 4 disagree: abidiff reports the member inserted into struct ctx; the struct is defined only in lib.c and consumers hold pointers from ctx_new.
//--- ctx.h
struct ctx;
struct ctx *ctx_new(void);
int ctx_init(struct ctx *c);
int ctx_flags(const struct ctx *c);
//--- v1
#include <stdlib.h>
#include "ctx.h"
struct ctx { int mode; int flags; };
struct ctx *ctx_new(void) { struct ctx *c = malloc(sizeof *c); if (c) ctx_init(c); return c; }
int ctx_init(struct ctx *c) { c->mode = 0; c->flags = 1; return 0; }
int ctx_flags(const struct ctx *c) { return c->flags; }
//--- v2
#include <stdlib.h>
#include "ctx.h"
struct ctx { int mode; long timeout; int flags; };
struct ctx *ctx_new(void) { struct ctx *c = malloc(sizeof *c); if (c) ctx_init(c); return c; }
int ctx_init(struct ctx *c) { c->mode = 0; c->timeout = 0; c->flags = 1; return 0; }
int ctx_flags(const struct ctx *c) { return c->flags; }
