// expect: info
// why: Poco::Net::HTTPResponse::HTTPStatus gains HTTP_REQUESTED_RANGE_NOT_SATISFIABLE = 416 as a second name for
// why: HTTP_REQUESTEDRANGENOTSATISFIABLE (Poco 1.10 respelled the names this way): every value keeps its meaning
// why: and the enum its underlying type, so setStatus(HTTPStatus) and the class are unchanged; a reader should
// why: see the new name (as in 166).
// abidiff: 0 agree
//--- v1/response.h
namespace Poco { namespace Net {
class HTTPResponse {
public:
  enum HTTPStatus { HTTP_OK = 200, HTTP_NOT_FOUND = 404, HTTP_REQUESTEDRANGENOTSATISFIABLE = 416, HTTP_INTERNAL_SERVER_ERROR = 500 };
  HTTPResponse();
  void setStatus(HTTPStatus status);
  HTTPStatus getStatus() const { return _status; }
private:
  HTTPStatus _status;
};
} }
//--- v2/response.h
namespace Poco { namespace Net {
class HTTPResponse {
public:
  enum HTTPStatus { HTTP_OK = 200, HTTP_NOT_FOUND = 404, HTTP_REQUESTEDRANGENOTSATISFIABLE = 416, HTTP_REQUESTED_RANGE_NOT_SATISFIABLE = 416, HTTP_INTERNAL_SERVER_ERROR = 500 };
  HTTPResponse();
  void setStatus(HTTPStatus status);
  HTTPStatus getStatus() const { return _status; }
private:
  HTTPStatus _status;
};
} }
//--- lib.cc
#include "response.h"
namespace Poco { namespace Net {
HTTPResponse::HTTPResponse() : _status(HTTP_OK) {}
void HTTPResponse::setStatus(HTTPStatus status) { _status = status; }
} }
