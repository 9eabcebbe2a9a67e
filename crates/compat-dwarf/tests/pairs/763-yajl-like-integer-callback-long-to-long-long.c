// expect: info
// why: yajl_callbacks is the table applications fill and pass to yajl_alloc. v2 declares the yajl_integer callback's
// why: value long long instead of long: on x86-64 both are 8-byte signed integers passed in %rsi, so a callback built
// why: against v1 reads exactly what the library passes. Only the C type changed (as long to long long elsewhere).
// abidiff: 4 disagree: abidiff reports yajl_integer's parameter changed from long to long long; both are 8-byte signed integers passed in %rsi.
//--- v1/yajl_parse.h
#include <stddef.h>
typedef struct yajl_handle_t *yajl_handle;
typedef struct {
    int (*yajl_null)(void *ctx);
    int (*yajl_boolean)(void *ctx, int boolVal);
    int (*yajl_integer)(void *ctx, long integerVal);
    int (*yajl_double)(void *ctx, double doubleVal);
    int (*yajl_string)(void *ctx, const unsigned char *stringVal, size_t stringLen);
} yajl_callbacks;
yajl_handle yajl_alloc(const yajl_callbacks *callbacks, void *ctx);
int yajl_parse_integer_token(yajl_handle hand, const char *token);
void yajl_free(yajl_handle handle);
//--- v2/yajl_parse.h
#include <stddef.h>
typedef struct yajl_handle_t *yajl_handle;
typedef struct {
    int (*yajl_null)(void *ctx);
    int (*yajl_boolean)(void *ctx, int boolVal);
    int (*yajl_integer)(void *ctx, long long integerVal);
    int (*yajl_double)(void *ctx, double doubleVal);
    int (*yajl_string)(void *ctx, const unsigned char *stringVal, size_t stringLen);
} yajl_callbacks;
yajl_handle yajl_alloc(const yajl_callbacks *callbacks, void *ctx);
int yajl_parse_integer_token(yajl_handle hand, const char *token);
void yajl_free(yajl_handle handle);
//--- v1
#include <stdlib.h>
#include "yajl_parse.h"
struct yajl_handle_t { const yajl_callbacks *callbacks; void *ctx; };
yajl_handle yajl_alloc(const yajl_callbacks *callbacks, void *ctx) { yajl_handle h = malloc(sizeof *h); if (h) { h->callbacks = callbacks; h->ctx = ctx; } return h; }
int yajl_parse_integer_token(yajl_handle hand, const char *token) { long v = strtol(token, 0, 10); return hand->callbacks && hand->callbacks->yajl_integer ? hand->callbacks->yajl_integer(hand->ctx, v) : 1; }
void yajl_free(yajl_handle handle) { free(handle); }
//--- v2
#include <stdlib.h>
#include "yajl_parse.h"
struct yajl_handle_t { const yajl_callbacks *callbacks; void *ctx; };
yajl_handle yajl_alloc(const yajl_callbacks *callbacks, void *ctx) { yajl_handle h = malloc(sizeof *h); if (h) { h->callbacks = callbacks; h->ctx = ctx; } return h; }
int yajl_parse_integer_token(yajl_handle hand, const char *token) { long long v = strtoll(token, 0, 10); return hand->callbacks && hand->callbacks->yajl_integer ? hand->callbacks->yajl_integer(hand->ctx, v) : 1; }
void yajl_free(yajl_handle handle) { free(handle); }
