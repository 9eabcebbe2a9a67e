// expect: info
// why: Poco::Net::HTTPCookie is constructed by consumers and has exported members, so its layout is public. v2
// why: renames its private members (_name to name_, ...) with the same types in the same order: size, offsets
// why: and symbols hold; consumers cannot name private members, so only a reader of the class sees the change.
// abidiff: 0 agree
//--- v1/cookie.h
#include <string>
namespace Poco { namespace Net {
class HTTPCookie {
public:
  HTTPCookie(const std::string &name, const std::string &value);
  const std::string &getName() const { return _name; }
  void setMaxAge(int maxAge);
  int getMaxAge() const { return _maxAge; }
private:
  int _version;
  std::string _name;
  std::string _value;
  int _maxAge;
  bool _secure;
};
} }
//--- v2/cookie.h
#include <string>
namespace Poco { namespace Net {
class HTTPCookie {
public:
  HTTPCookie(const std::string &name, const std::string &value);
  const std::string &getName() const { return name_; }
  void setMaxAge(int maxAge);
  int getMaxAge() const { return maxAge_; }
private:
  int version_;
  std::string name_;
  std::string value_;
  int maxAge_;
  bool secure_;
};
} }
//--- v1
#include "cookie.h"
namespace Poco { namespace Net {
HTTPCookie::HTTPCookie(const std::string &name, const std::string &value) : _version(0), _name(name), _value(value), _maxAge(-1), _secure(false) {}
void HTTPCookie::setMaxAge(int maxAge) { _maxAge = maxAge; }
} }
//--- v2
#include "cookie.h"
namespace Poco { namespace Net {
HTTPCookie::HTTPCookie(const std::string &name, const std::string &value) : version_(0), name_(name), value_(value), maxAge_(-1), secure_(false) {}
void HTTPCookie::setMaxAge(int maxAge) { maxAge_ = maxAge; }
} }
