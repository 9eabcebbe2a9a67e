// expect: warning
// why: drogon::HttpStatusCode is an unscoped enum whose enumerators are all non-negative, so without a fixed type
// why: g++ gives it underlying type unsigned int; v2 declares it enum HttpStatusCode : int so it can be
// why: forward-declared. Same size, same mangled names (the enum's name is mangled, not its underlying type), same
// why: register, but the underlying type flips from unsigned to signed (as in 171).
// abidiff: 0 disagree: abidiff does not report the underlying type an enum gains; it flips from unsigned int to int.
//--- v1/HttpTypes.h
namespace drogon {
enum HttpStatusCode {
    kUnknown = 0,
    k100Continue = 100,
    k200OK = 200,
    k201Created = 201,
    k204NoContent = 204,
    k301MovedPermanently = 301,
    k304NotModified = 304,
    k400BadRequest = 400,
    k401Unauthorized = 401,
    k404NotFound = 404,
    k500InternalServerError = 500,
    k503ServiceUnavailable = 503
};
enum ContentType { CT_NONE = 0, CT_APPLICATION_JSON, CT_TEXT_PLAIN, CT_TEXT_HTML };
}
//--- v2/HttpTypes.h
namespace drogon {
enum HttpStatusCode : int {
    kUnknown = 0,
    k100Continue = 100,
    k200OK = 200,
    k201Created = 201,
    k204NoContent = 204,
    k301MovedPermanently = 301,
    k304NotModified = 304,
    k400BadRequest = 400,
    k401Unauthorized = 401,
    k404NotFound = 404,
    k500InternalServerError = 500,
    k503ServiceUnavailable = 503
};
enum ContentType { CT_NONE = 0, CT_APPLICATION_JSON, CT_TEXT_PLAIN, CT_TEXT_HTML };
}
//--- HttpResponse.h
#include <memory>
#include <string>
#include "HttpTypes.h"
namespace drogon {
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class HttpResponse {
public:
    static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
    virtual ~HttpResponse();
    virtual void setStatusCode(HttpStatusCode code) = 0;
    virtual HttpStatusCode statusCode() const = 0;
    virtual void setBody(const std::string &body) = 0;
};
}
//--- v1
#include "HttpResponse.h"
namespace drogon {
namespace {
class HttpResponseImpl : public HttpResponse {
public:
    HttpResponseImpl(HttpStatusCode c, ContentType t) : code_(c), type_(t) {}
    void setStatusCode(HttpStatusCode code) override { code_ = code; }
    HttpStatusCode statusCode() const override { return code_; }
    void setBody(const std::string &body) override { body_ = body; }
private:
    HttpStatusCode code_;
    ContentType type_;
    std::string body_;
};
}
HttpResponse::~HttpResponse() {}
HttpResponsePtr HttpResponse::newHttpResponse(HttpStatusCode code, ContentType type) { return std::make_shared<HttpResponseImpl>(code, type); }
}
//--- v2
#include "HttpResponse.h"
namespace drogon {
namespace {
class HttpResponseImpl : public HttpResponse {
public:
    HttpResponseImpl(HttpStatusCode c, ContentType t) : code_(c), type_(t) {}
    void setStatusCode(HttpStatusCode code) override { code_ = code; }
    HttpStatusCode statusCode() const override { return code_; }
    void setBody(const std::string &body) override { body_ = body; }
private:
    HttpStatusCode code_;
    ContentType type_;
    std::string body_;
};
}
HttpResponse::~HttpResponse() {}
HttpResponsePtr HttpResponse::newHttpResponse(HttpStatusCode code, ContentType type) { return std::make_shared<HttpResponseImpl>(code, type); }
}
