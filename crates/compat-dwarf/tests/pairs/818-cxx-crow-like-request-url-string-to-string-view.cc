// expect: warning
// why: crow::request is declared with its members in http_request.h, built only by the library and reached only
// why: through the const reference dispatch passes to consumers' route handlers. v2 stores url as a std::string_view
// why: instead of a std::string: url shrinks from 32 to 16 bytes and body moves from byte 40 to 24. Handlers that
// why: read req.body break, but the type is only handed out, so by the verdict scale (53, 725) only the public
// why: headers can tell whether consumers read it: undecided, breaking if public.
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
