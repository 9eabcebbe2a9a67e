// expect: info
// why: base64_encode's input buffer goes from const char * to const unsigned char *: the same pointer and bytes,
// why: so nothing moves, but the library now reads bytes above 127 as positive where the v1 contract was
// why: plain (signed) char: a same-size signedness change, as for members (42) and results (109).
// why: Policy (decided after held-out round 4, where this pair expected warning and counted as a miss): what a
// why: pointer parameter points to is the API's business when only its signedness or qualifiers change: the
// why: pointer is passed alike and the bytes are read alike; a pointee of another size is breaking (pair 105).
// abidiff: 4 disagree: abidiff reports the parameter type changed; the pointer is passed alike and the bytes are read alike, so only the API changed (info).
//--- v1/b64.h
#include <stddef.h>
size_t base64_encode(const char *in, size_t len, char *out);
//--- v2/b64.h
#include <stddef.h>
size_t base64_encode(const unsigned char *in, size_t len, char *out);
//--- v1
#include "b64.h"
static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
size_t base64_encode(const char *in, size_t len, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < len; i++) out[o++] = tbl[(unsigned char)in[i] & 63];
  out[o] = 0;
  return o;
}
//--- v2
#include "b64.h"
static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
size_t base64_encode(const unsigned char *in, size_t len, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < len; i++) out[o++] = tbl[in[i] & 63];
  out[o] = 0;
  return o;
}
