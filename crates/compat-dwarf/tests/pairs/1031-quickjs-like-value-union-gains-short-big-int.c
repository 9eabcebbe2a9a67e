// expect: info
// why: JSValue, a JSValueUnion u and an int64_t tag, is passed and returned by value throughout the API. v2 adds an
// why: int64_t short_big_int variant to JSValueUnion (small BigInts stored inline). The union keeps its 8 bytes and
// why: alignment, and its eightbyte was already of class INTEGER (int32 and ptr make the double's SSE class merge
// why: to INTEGER), so JSValue still travels in %rax:%rdx and as two integer registers, with u and tag at the same
// why: offsets. The variant comes with a new tag value, an extension like an appended enumerator: info.
// abidiff: 0 agree
//--- v1/quickjs.h
#include <stdint.h>
#include <stddef.h>
typedef struct JSContext JSContext;
typedef union JSValueUnion {
    int32_t int32;
    double float64;
    void *ptr;
} JSValueUnion;
typedef struct JSValue {
    JSValueUnion u;
    int64_t tag;
} JSValue;
JSValue JS_Eval(JSContext *ctx, const char *input, size_t input_len, const char *filename, int eval_flags);
int JS_ToInt64(JSContext *ctx, int64_t *pres, JSValue val);
JSValue JS_NewBigInt64(JSContext *ctx, int64_t v);
//--- v2/quickjs.h
#include <stdint.h>
#include <stddef.h>
typedef struct JSContext JSContext;
typedef union JSValueUnion {
    int32_t int32;
    double float64;
    void *ptr;
    int64_t short_big_int;
} JSValueUnion;
typedef struct JSValue {
    JSValueUnion u;
    int64_t tag;
} JSValue;
JSValue JS_Eval(JSContext *ctx, const char *input, size_t input_len, const char *filename, int eval_flags);
int JS_ToInt64(JSContext *ctx, int64_t *pres, JSValue val);
JSValue JS_NewBigInt64(JSContext *ctx, int64_t v);
//--- v1
#include <stdlib.h>
#include "quickjs.h"
struct JSContext { int64_t *bigints; int count; };
JSValue JS_Eval(JSContext *ctx, const char *input, size_t input_len, const char *filename, int eval_flags) {
    (void)ctx; (void)filename; (void)eval_flags;
    JSValue v;
    v.u.int32 = (int32_t)input_len;
    v.tag = input && input[0] == '"' ? -7 : 0;
    return v;
}
JSValue JS_NewBigInt64(JSContext *ctx, int64_t v) {
    JSValue r;
    int64_t *slot = realloc(ctx->bigints, (ctx->count + 1) * sizeof *slot);
    if (!slot) { r.u.int32 = 0; r.tag = 6; return r; }
    ctx->bigints = slot;
    slot[ctx->count] = v;
    r.u.ptr = &slot[ctx->count++];
    r.tag = -9;
    return r;
}
int JS_ToInt64(JSContext *ctx, int64_t *pres, JSValue val) {
    (void)ctx;
    switch (val.tag) {
    case 0: *pres = val.u.int32; return 0;
    case 7: *pres = (int64_t)val.u.float64; return 0;
    case -9: *pres = *(int64_t *)val.u.ptr; return 0;
    default: *pres = 0; return -1;
    }
}
//--- v2
#include <stdlib.h>
#include "quickjs.h"
struct JSContext { int64_t *bigints; int count; };
JSValue JS_Eval(JSContext *ctx, const char *input, size_t input_len, const char *filename, int eval_flags) {
    (void)ctx; (void)filename; (void)eval_flags;
    JSValue v;
    v.u.int32 = (int32_t)input_len;
    v.tag = input && input[0] == '"' ? -7 : 0;
    return v;
}
JSValue JS_NewBigInt64(JSContext *ctx, int64_t v) {
    JSValue r;
    if (v >= INT32_MIN && v <= INT32_MAX) { r.u.short_big_int = v; r.tag = 7 + 1; return r; }
    int64_t *slot = realloc(ctx->bigints, (ctx->count + 1) * sizeof *slot);
    if (!slot) { r.u.int32 = 0; r.tag = 6; return r; }
    ctx->bigints = slot;
    slot[ctx->count] = v;
    r.u.ptr = &slot[ctx->count++];
    r.tag = -9;
    return r;
}
int JS_ToInt64(JSContext *ctx, int64_t *pres, JSValue val) {
    (void)ctx;
    switch (val.tag) {
    case 0: *pres = val.u.int32; return 0;
    case 7: *pres = (int64_t)val.u.float64; return 0;
    case 8: *pres = val.u.short_big_int; return 0;
    case -9: *pres = *(int64_t *)val.u.ptr; return 0;
    default: *pres = 0; return -1;
    }
}
