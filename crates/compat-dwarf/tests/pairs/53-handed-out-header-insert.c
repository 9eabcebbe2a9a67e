// expect: warning
// why: struct ctx is declared in the header with its members, and only the library creates instances
// why: (ctx_new returns them): consumers may read ctx->b directly, which moved, or may not; only the
// why: public headers can tell, so a warning with "breaking if public".
// abidiff: 4 agree
//--- v1/ctx.h
struct ctx { int a; int b; };
struct ctx *ctx_new(void);
int ctx_b(const struct ctx *c);
//--- v2/ctx.h
struct ctx { int a; int z; int b; };
struct ctx *ctx_new(void);
int ctx_b(const struct ctx *c);
//--- v1
#include <stdlib.h>
#include "ctx.h"
struct ctx *ctx_new(void) { return calloc(1, sizeof(struct ctx)); }
int ctx_b(const struct ctx *c) { return c->b; }
//--- v2
#include <stdlib.h>
#include "ctx.h"
struct ctx *ctx_new(void) { return calloc(1, sizeof(struct ctx)); }
int ctx_b(const struct ctx *c) { return c->b; }
