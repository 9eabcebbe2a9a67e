// expect: breaking
// why: httplib::Request is an aggregate consumers construct and pass by const reference to Client::send; no
// why: export hands one out, so it is caller-allocated. v2 inserts std::string remote_addr after path: body
// why: and version move by 32 bytes and the struct grows from 104 to 136, so the library reads an old caller's
// why: body where remote_addr now is and version past the object.
// abidiff: 4 agree
//--- v1/httplib.h
#include <string>
namespace httplib {
struct Request { std::string method; std::string path; std::string body; int version = 11; };
class Client {
public:
  Client(const std::string &host, int port);
  int send(const Request &req);
private:
  std::string host_; int port_;
};
}
//--- v2/httplib.h
#include <string>
namespace httplib {
struct Request { std::string method; std::string path; std::string remote_addr; std::string body; int version = 11; };
class Client {
public:
  Client(const std::string &host, int port);
  int send(const Request &req);
private:
  std::string host_; int port_;
};
}
//--- v1
#include "httplib.h"
namespace httplib {
Client::Client(const std::string &host, int port) : host_(host), port_(port) {}
int Client::send(const Request &req) { return req.method == "GET" && req.body.empty() ? 200 + req.version : 400; }
}
//--- v2
#include "httplib.h"
namespace httplib {
Client::Client(const std::string &host, int port) : host_(host), port_(port) {}
int Client::send(const Request &req) { return req.method == "GET" && req.body.empty() && req.remote_addr.empty() ? 200 + req.version : 400; }
}
