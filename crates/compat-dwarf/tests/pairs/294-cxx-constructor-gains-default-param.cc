// expect: breaking
// why: HttpClient(const std::string &host) becomes HttpClient(const std::string &host, int port = 443): the
// why: default is filled in at new call sites, but the constructor's mangled name now includes the int
// why: (_ZN10HttpClientC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEi), so the v1 constructor
// why: symbol is gone and old binaries fail to resolve it.
// abidiff: 12 agree
//--- v1/http.h
#include <string>
class HttpClient {
public:
  explicit HttpClient(const std::string &host);
  int get(const std::string &path);
private:
  std::string host_;
  int port_;
};
//--- v2/http.h
#include <string>
class HttpClient {
public:
  explicit HttpClient(const std::string &host, int port = 443);
  int get(const std::string &path);
private:
  std::string host_;
  int port_;
};
//--- v1
#include "http.h"
HttpClient::HttpClient(const std::string &host) : host_(host), port_(443) {}
int HttpClient::get(const std::string &path) { return host_.empty() || path.empty() ? -1 : port_; }
//--- v2
#include "http.h"
HttpClient::HttpClient(const std::string &host, int port) : host_(host), port_(port) {}
int HttpClient::get(const std::string &path) { return host_.empty() || path.empty() ? -1 : port_; }
