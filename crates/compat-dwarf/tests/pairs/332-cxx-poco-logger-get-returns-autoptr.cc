// expect: breaking
// why: Poco::Logger::get(const std::string &) changes its result from Logger & to Logger::Ptr (AutoPtr<Logger>,
// why: a class with a user-provided destructor, so returned through a hidden pointer). Return types are not
// why: mangled, so the symbol stays, but old callers pass the name in %rdi, which v2 takes as the result buffer,
// why: and read a Logger address from %rax: a value returned another way.
// abidiff: 4 agree
//--- v1/logger.h
#include <string>
namespace Poco {
class Logger {
public:
  static Logger &get(const std::string &name);
  const std::string &name() const { return _name; }
  int getLevel() const { return _level; }
private:
  explicit Logger(const std::string &name);
  std::string _name;
  int _level;
  int _rc;
};
}
//--- v2/logger.h
#include <string>
namespace Poco {
template <class C> class AutoPtr {
public:
  AutoPtr() : _ptr(nullptr) {}
  AutoPtr(C *ptr) : _ptr(ptr) {}
  AutoPtr(const AutoPtr &o) : _ptr(o._ptr) { if (_ptr) _ptr->duplicate(); }
  ~AutoPtr() { if (_ptr) _ptr->release(); }
  C *operator->() const { return _ptr; }
private:
  C *_ptr;
};
class Logger {
public:
  typedef AutoPtr<Logger> Ptr;
  static Ptr get(const std::string &name);
  const std::string &name() const { return _name; }
  int getLevel() const { return _level; }
  void duplicate() { ++_rc; }
  void release() { --_rc; }
private:
  explicit Logger(const std::string &name);
  std::string _name;
  int _level;
  int _rc;
};
}
//--- v1
#include "logger.h"
namespace Poco {
Logger::Logger(const std::string &name) : _name(name), _level(6), _rc(1) {}
Logger &Logger::get(const std::string &name) { static Logger root(""); static Logger named(name); return name.empty() ? root : named; }
}
//--- v2
#include "logger.h"
namespace Poco {
Logger::Logger(const std::string &name) : _name(name), _level(6), _rc(1) {}
Logger::Ptr Logger::get(const std::string &name) { static Logger root(""); static Logger named(name); Logger *l = name.empty() ? &root : &named; l->duplicate(); return Ptr(l); }
}
