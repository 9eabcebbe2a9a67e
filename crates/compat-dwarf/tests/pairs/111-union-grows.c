// expect: breaking
// why: struct variant is caller-allocated (variant_print takes a pointer, nothing hands one out) and
// why: embeds a union whose new member str[24] grows it from 8 to 24 bytes: struct variant grows from 16
// why: to 32, so old callers' objects are too small for what the library may read.
// abidiff: 4 agree
//--- v1/var.h
struct variant { int type; union { long i; double d; } u; };
int variant_print(const struct variant *v);
//--- v2/var.h
struct variant { int type; union { long i; double d; char str[24]; } u; };
int variant_print(const struct variant *v);
//--- v1
#include "var.h"
int variant_print(const struct variant *v) { return v->type ? (int)v->u.i : (int)v->u.d; }
//--- v2
#include "var.h"
int variant_print(const struct variant *v) { return v->type == 2 ? v->u.str[0] : v->type ? (int)v->u.i : (int)v->u.d; }
