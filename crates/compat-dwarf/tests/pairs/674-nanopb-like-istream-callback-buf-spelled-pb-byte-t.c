// expect: none
// why: pb_istream_t is returned by value from pb_istream_from_buffer and filled by callers with their own read
// why: callback. v2 spells the callback's buffer parameter pb_byte_t *, and pb_byte_t is a typedef of uint8_t: the
// why: same function-pointer type, the same struct and the same registers (as in 116 and 570).
// abidiff: 0 agree
//--- v1/pb_decode.h
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef uint8_t pb_byte_t;
typedef struct pb_istream_s pb_istream_t;
struct pb_istream_s { bool (*callback)(pb_istream_t *stream, uint8_t *buf, size_t count); void *state; size_t bytes_left; const char *errmsg; };
pb_istream_t pb_istream_from_buffer(const uint8_t *buf, size_t msglen);
bool pb_read(pb_istream_t *stream, uint8_t *buf, size_t count);
//--- v2/pb_decode.h
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef uint8_t pb_byte_t;
typedef struct pb_istream_s pb_istream_t;
struct pb_istream_s { bool (*callback)(pb_istream_t *stream, pb_byte_t *buf, size_t count); void *state; size_t bytes_left; const char *errmsg; };
pb_istream_t pb_istream_from_buffer(const pb_byte_t *buf, size_t msglen);
bool pb_read(pb_istream_t *stream, pb_byte_t *buf, size_t count);
//--- v1
#include <string.h>
#include "pb_decode.h"
static bool buf_read(pb_istream_t *s, uint8_t *buf, size_t count) { const uint8_t *src = s->state; s->state = (void *)(src + count); if (buf) memcpy(buf, src, count); return true; }
pb_istream_t pb_istream_from_buffer(const uint8_t *buf, size_t msglen) { pb_istream_t s = { buf_read, (void *)buf, msglen, 0 }; return s; }
bool pb_read(pb_istream_t *s, uint8_t *buf, size_t count) { if (count > s->bytes_left) { s->errmsg = "end-of-stream"; return false; } if (!s->callback(s, buf, count)) return false; s->bytes_left -= count; return true; }
//--- v2
#include <string.h>
#include "pb_decode.h"
static bool buf_read(pb_istream_t *s, pb_byte_t *buf, size_t count) { const pb_byte_t *src = s->state; s->state = (void *)(src + count); if (buf) memcpy(buf, src, count); return true; }
pb_istream_t pb_istream_from_buffer(const pb_byte_t *buf, size_t msglen) { pb_istream_t s = { buf_read, (void *)buf, msglen, 0 }; return s; }
bool pb_read(pb_istream_t *s, pb_byte_t *buf, size_t count) { if (count > s->bytes_left) { s->errmsg = "end-of-stream"; return false; } if (!s->callback(s, buf, count)) return false; s->bytes_left -= count; return true; }
