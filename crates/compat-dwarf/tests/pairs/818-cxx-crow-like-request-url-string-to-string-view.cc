// expect: breaking
// why: crow::request is built by the library and handed by const reference to consumers' route handlers, which read
// why: its members directly (req.url, req.body). v2 stores url as a std::string_view into the raw buffer instead of
// why: a std::string: url shrinks from 32 to 16 bytes and body moves from byte 40 to 24, so old handlers read url's
// why: bytes as a std::string and body at the wrong offset.
// abidiff: 4 agree
//--- v1/http_request.h
#include <string>
namespace crow {
enum class HTTPMethod : char { Get, Post, Put, Delete };
struct request {
    HTTPMethod method;
    std::string url;
    std::string body;
};
struct response { int code; std::string body; };
typedef void (*handler)(const request &req, response &res);
int dispatch(const char *raw, handler h, response &res);
}
//--- v2/http_request.h
#include <string>
#include <string_view>
namespace crow {
enum class HTTPMethod : char { Get, Post, Put, Delete };
struct request {
    HTTPMethod method;
    std::string_view url;
    std::string body;
};
struct response { int code; std::string body; };
typedef void (*handler)(const request &req, response &res);
int dispatch(const char *raw, handler h, response &res);
}
//--- v1
#include <cstring>
#include "http_request.h"
namespace crow {
int dispatch(const char *raw, handler h, response &res) {
    request req;
    req.method = std::strncmp(raw, "POST ", 5) == 0 ? HTTPMethod::Post : HTTPMethod::Get;
    const char *u = std::strchr(raw, ' ');
    if (!u) return 400;
    ++u;
    req.url.assign(u, std::strcspn(u, " "));
    const char *b = std::strstr(raw, "\r\n\r\n");
    if (b) req.body = b + 4;
    res.code = 200;
    h(req, res);
    return res.code;
}
}
//--- v2
#include <cstring>
#include "http_request.h"
namespace crow {
int dispatch(const char *raw, handler h, response &res) {
    request req;
    req.method = std::strncmp(raw, "POST ", 5) == 0 ? HTTPMethod::Post : HTTPMethod::Get;
    const char *u = std::strchr(raw, ' ');
    if (!u) return 400;
    ++u;
    req.url = std::string_view(u, std::strcspn(u, " "));
    const char *b = std::strstr(raw, "\r\n\r\n");
    if (b) req.body = b + 4;
    res.code = 200;
    h(req, res);
    return res.code;
}
}
