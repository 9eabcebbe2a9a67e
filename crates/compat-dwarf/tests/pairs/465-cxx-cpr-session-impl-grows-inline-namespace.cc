// expect: info
// why: cpr::Session (in the versioned inline namespace cpr::v1, so every symbol carries v1) keeps its state behind
// why: std::shared_ptr<Impl>, Impl being declared in the header and defined only in the library's source. v2 adds
// why: a low-speed limit and an interceptor list to Impl; Session keeps its 16 bytes, its exported members and
// why: their mangled names, so consumers, who only hold Sessions, see nothing.
// abidiff: 4 disagree: abidiff reports cpr::v1::Session::Impl changed and std::function and std::vector instantiations added; Impl is defined only in the library's source and reached through the shared_ptr pimpl_, so Session is unchanged (as in 74 and 458).
//--- session.h
#include <memory>
#include <string>
namespace cpr {
inline namespace v1 {
class Response {
public:
  long status_code;
  std::string text;
};
class Session {
public:
  Session();
  ~Session();
  void SetUrl(const std::string &url);
  void SetTimeout(long ms);
  Response Get();
private:
  class Impl;
  std::shared_ptr<Impl> pimpl_;
};
}
}
//--- v1
#include "session.h"
namespace cpr {
inline namespace v1 {
class Session::Impl {
public:
  std::string url_;
  long timeout_ms_ = 0;
  bool verify_ = true;
};
Session::Session() : pimpl_(new Impl()) {}
Session::~Session() {}
void Session::SetUrl(const std::string &url) { pimpl_->url_ = url; }
void Session::SetTimeout(long ms) { pimpl_->timeout_ms_ = ms; }
Response Session::Get() {
  Response r;
  r.status_code = pimpl_->url_.empty() ? 0 : 200;
  r.text = pimpl_->url_;
  return r;
}
}
}
//--- v2
#include <vector>
#include <functional>
#include "session.h"
namespace cpr {
inline namespace v1 {
class Session::Impl {
public:
  std::string url_;
  std::vector<std::function<bool(Response &)>> interceptors_;
  long timeout_ms_ = 0;
  long low_speed_limit_ = 0;
  bool verify_ = true;
};
Session::Session() : pimpl_(new Impl()) {}
Session::~Session() {}
void Session::SetUrl(const std::string &url) { pimpl_->url_ = url; }
void Session::SetTimeout(long ms) { pimpl_->timeout_ms_ = ms; }
Response Session::Get() {
  Response r;
  r.status_code = pimpl_->url_.empty() ? 0 : 200;
  r.text = pimpl_->url_;
  for (auto &i : pimpl_->interceptors_) if (!i(r)) break;
  return r;
}
}
}
