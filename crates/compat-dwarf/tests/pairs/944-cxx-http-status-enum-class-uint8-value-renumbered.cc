// expect: breaking
// why: net::HttpStatusCode over uint8_t renumbers PartialContent from 206 to 207 to free 206 for a vendor code:
// why: binaries built against v1 pass 206 for PartialContent, which v2 reads as Vendor. The message must say
// why: 206 and 207, the unsigned one-byte values as written, not -50 and -49.
// abidiff: 4 agree
// message: changed value from 206 to 207
//--- v1/http.h
#include <cstdint>
namespace net {
enum class HttpStatusCode : uint8_t { Ok = 200, NoContent = 204, PartialContent = 206 };
const char *reason(HttpStatusCode status);
}
//--- v2/http.h
#include <cstdint>
namespace net {
enum class HttpStatusCode : uint8_t { Ok = 200, NoContent = 204, Vendor = 206, PartialContent = 207 };
const char *reason(HttpStatusCode status);
}
//--- lib.cc
#include "http.h"
namespace net {
const char *reason(HttpStatusCode status) { return status == HttpStatusCode::Ok ? "OK" : status == HttpStatusCode::NoContent ? "No Content" : "other"; }
}
