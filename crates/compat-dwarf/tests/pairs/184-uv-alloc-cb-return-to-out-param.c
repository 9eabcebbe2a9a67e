// expect: breaking
// why: As libuv 0.10 -> 1.0: the alloc callback consumers pass to uv_read_start returned a uv_buf_t by value
// why: ({base, len} in %rax:%rdx) and now takes a uv_buf_t * to fill and returns void. Old consumers' callbacks
// why: ignore the third argument and return the buffer in registers the library no longer reads.
// abidiff: 4 agree
//--- v1/uv.h
typedef struct { char *base; unsigned long len; } uv_buf_t;
typedef struct uv_stream uv_stream_t;
typedef uv_buf_t (*uv_alloc_cb)(uv_stream_t *handle, unsigned long suggested_size);
typedef void (*uv_read_cb)(uv_stream_t *handle, long nread, uv_buf_t buf);
int uv_read_start(uv_stream_t *handle, uv_alloc_cb alloc_cb, uv_read_cb read_cb);
//--- v2/uv.h
typedef struct { char *base; unsigned long len; } uv_buf_t;
typedef struct uv_stream uv_stream_t;
typedef void (*uv_alloc_cb)(uv_stream_t *handle, unsigned long suggested_size, uv_buf_t *buf);
typedef void (*uv_read_cb)(uv_stream_t *handle, long nread, uv_buf_t buf);
int uv_read_start(uv_stream_t *handle, uv_alloc_cb alloc_cb, uv_read_cb read_cb);
//--- v1
#include "uv.h"
int uv_read_start(uv_stream_t *handle, uv_alloc_cb alloc_cb, uv_read_cb read_cb)
{
    uv_buf_t b = alloc_cb(handle, 65536);
    read_cb(handle, 0, b);
    return 0;
}
//--- v2
#include "uv.h"
int uv_read_start(uv_stream_t *handle, uv_alloc_cb alloc_cb, uv_read_cb read_cb)
{
    uv_buf_t b = { 0, 0 };
    alloc_cb(handle, 65536, &b);
    read_cb(handle, 0, b);
    return 0;
}
