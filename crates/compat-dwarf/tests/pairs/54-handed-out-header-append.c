// expect: warning
// why: The library allocates struct ctx (ctx_new) and appends a member: existing offsets hold, but the
// why: type is declared in a header, so consumers may embed or copy it (sizeof changed): undecided.
// abidiff: 4 agree
//--- v1/ctx.h
struct ctx { int a; int b; };
struct ctx *ctx_new(void);
int ctx_b(const struct ctx *c);
//--- v2/ctx.h
struct ctx { int a; int b; long extra; };
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
