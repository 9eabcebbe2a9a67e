// expect: warning
// why: enum http_status, returned by http_get, holds 200, 204, 404 and 40000, all non-negative, so GCC gives
// why: it the underlying type unsigned int; v2 adds HTTP_EUNKNOWN = -1, which makes it int. Size, register and
// why: every old value stay the same (GCC still writes 200 as the byte 0xc8 and 40000 as two bytes, now in a
// why: signed enum: they must read 200 and 40000, not -56 and -25536), but the type's signedness flips (as 186).
// abidiff: 0 disagree: abidiff treats the enumerator addition as harmless; the enum's underlying type flips from unsigned int to int, a signedness change of the returned status (as in 186).
//--- v1/http.h
enum http_status { HTTP_OK = 200, HTTP_NO_CONTENT = 204, HTTP_NOT_FOUND = 404, HTTP_VENDOR = 40000 };
enum http_status http_get(const char *url);
//--- v2/http.h
enum http_status { HTTP_OK = 200, HTTP_NO_CONTENT = 204, HTTP_NOT_FOUND = 404, HTTP_VENDOR = 40000, HTTP_EUNKNOWN = -1 };
enum http_status http_get(const char *url);
//--- lib.c
#include "http.h"
enum http_status http_get(const char *url) { return url && *url ? HTTP_OK : HTTP_NOT_FOUND; }
