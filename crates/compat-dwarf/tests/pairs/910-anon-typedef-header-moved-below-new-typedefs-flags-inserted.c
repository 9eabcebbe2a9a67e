// expect: breaking
// why: blob_t is caller-allocated (blob_parse fills the caller's object) and embeds the typedef'd anonymous
// why: blob_hdr_t by value. v2 adds two typedef'd anonymous structs above blob_hdr_t, which moves it two lines
// why: down, and inserts flags before len: len moves from byte 4 to byte 8 and the data after it by 4 bytes, so
// why: old callers read len and the data at their old offsets (832's shape, with the moved struct really changed:
// why: it must be compared with its own old definition, not with the struct that now holds its old line).
// abidiff: 4 agree
// message: moved from byte 4 to byte 8
//--- v1/blob.h
typedef struct { int kind; int len; } blob_hdr_t;
typedef struct { blob_hdr_t hdr; unsigned char data[64]; } blob_t;
int blob_parse(const unsigned char *buf, unsigned n, blob_t *out);
//--- v2/blob.h
typedef struct { int code; } blob_err_t;
typedef struct { blob_err_t err; int line; } blob_diag_t;
typedef struct { int kind; int flags; int len; } blob_hdr_t;
typedef struct { blob_hdr_t hdr; unsigned char data[64]; } blob_t;
int blob_parse(const unsigned char *buf, unsigned n, blob_t *out);
int blob_last_error(blob_diag_t *out);
//--- v1
#include <string.h>
#include "blob.h"
int blob_parse(const unsigned char *buf, unsigned n, blob_t *out) {
    if (!buf || !out || n < 2 || n - 2 > sizeof out->data) return -1;
    out->hdr.kind = buf[0]; out->hdr.len = (int)(n - 2);
    memcpy(out->data, buf + 2, n - 2);
    return 0;
}
//--- v2
#include <string.h>
#include "blob.h"
static blob_diag_t last;
int blob_parse(const unsigned char *buf, unsigned n, blob_t *out) {
    if (!buf || !out || n < 2 || n - 2 > sizeof out->data) { last.err.code = 1; last.line = __LINE__; return -1; }
    out->hdr.kind = buf[0] & 0x7f; out->hdr.flags = buf[0] >> 7; out->hdr.len = (int)(n - 2);
    memcpy(out->data, buf + 2, n - 2);
    return 0;
}
int blob_last_error(blob_diag_t *out) { if (!out) return -1; *out = last; return 0; }
