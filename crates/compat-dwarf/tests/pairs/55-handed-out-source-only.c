// expect: info
// why: The header only forward-declares struct ctx; its members are defined in the library's source and
// why: every instance comes from ctx_new: consumers cannot read or allocate it, so the insertion is
// why: invisible to them.
// abidiff: 4 disagree: abidiff (no headers given) reports struct ctx's insertion; ctx is an opaque handle defined only in lib.c, invisible to consumers.
//--- ctx.h
struct ctx;
struct ctx *ctx_new(void);
int ctx_b(const struct ctx *c);
//--- v1
#include <stdlib.h>
#include "ctx.h"
struct ctx { int a; int b; };
struct ctx *ctx_new(void) { return calloc(1, sizeof(struct ctx)); }
int ctx_b(const struct ctx *c) { return c->b; }
//--- v2
#include <stdlib.h>
#include "ctx.h"
struct ctx { int a; int z; int b; };
struct ctx *ctx_new(void) { return calloc(1, sizeof(struct ctx)); }
int ctx_b(const struct ctx *c) { return c->b; }
