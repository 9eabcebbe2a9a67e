// expect: breaking
// why: net::HttpStatusCode, an enum class over uint8_t with values 200-226, is widened to uint16_t: the enum
// why: grows from one byte to two, so Response, which callers allocate and fill, moves flags and length and
// why: grows, and a status passed by value is read as two bytes where old callers set one. The values must
// why: read as written (200, not -56): DWARF's one-byte constant takes its sign from the enum's uint8_t.
// abidiff: 4 agree
// message: from 1 to 2 bytes
//--- v1/http.h
#include <cstdint>
namespace net {
enum class HttpStatusCode : uint8_t { Ok = 200, Created = 201, Accepted = 202, NoContent = 204, ImUsed = 226 };
struct Response { HttpStatusCode status; uint8_t flags; uint16_t length; };
void fill(Response &out, HttpStatusCode status, uint16_t length);
const char *reason(HttpStatusCode status);
}
//--- v2/http.h
#include <cstdint>
namespace net {
enum class HttpStatusCode : uint16_t { Ok = 200, Created = 201, Accepted = 202, NoContent = 204, ImUsed = 226 };
struct Response { HttpStatusCode status; uint8_t flags; uint16_t length; };
void fill(Response &out, HttpStatusCode status, uint16_t length);
const char *reason(HttpStatusCode status);
}
//--- lib.cc
#include "http.h"
namespace net {
void fill(Response &out, HttpStatusCode status, uint16_t length) { out.status = status; out.flags = 0; out.length = length; }
const char *reason(HttpStatusCode status) {
    switch (status) {
    case HttpStatusCode::Ok: return "OK";
    case HttpStatusCode::Created: return "Created";
    case HttpStatusCode::Accepted: return "Accepted";
    case HttpStatusCode::NoContent: return "No Content";
    case HttpStatusCode::ImUsed: return "IM Used";
    }
    return "";
}
}
