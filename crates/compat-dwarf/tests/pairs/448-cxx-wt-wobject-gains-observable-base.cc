// expect: breaking
// why: Wt::WObject is the base of every Wt object, and applications derive their own classes from it and from its
// why: subclasses such as WTimer, constructing them inline with the exported constructors. Wt 4 derives WObject from
// why: the new Core::observable, a polymorphic class holding an observer_info pointer: the vtable pointer stays at
// why: byte 0, but observerInfo_ takes byte 8, so name_ moves from 8 to 16 and id_ from 40 to 48, WObject grows from 48
// why: to 56 bytes and WTimer's own members move by 8 (interval_ from 48 to 56). Derived classes compiled against v1
// why: put their members where v2 now keeps WObject's, and the inline WTimer::interval() reads the wrong bytes.
// abidiff: 4 agree
//--- v1/WObject.h
#include <string>
namespace Wt {
class WObject {
public:
  WObject();
  virtual ~WObject();
  void setObjectName(const std::string &name);
  virtual std::string objectName() const;
  unsigned rawId() const { return id_; }
private:
  std::string name_;
  unsigned id_;
};
class WTimer : public WObject {
public:
  WTimer();
  ~WTimer() override;
  int interval() const { return interval_; }
  void setInterval(int msec);
  void start();
  bool isActive() const { return active_; }
private:
  int interval_;
  bool singleShot_;
  bool active_;
};
}
//--- v2/WObject.h
#include <string>
namespace Wt {
namespace Core {
struct observer_info;
class observable {
public:
  observable() noexcept;
  virtual ~observable();
private:
  observer_info *observerInfo_;
};
}
class WObject : public Core::observable {
public:
  WObject();
  virtual ~WObject();
  void setObjectName(const std::string &name);
  virtual std::string objectName() const;
  unsigned rawId() const { return id_; }
private:
  std::string name_;
  unsigned id_;
};
class WTimer : public WObject {
public:
  WTimer();
  ~WTimer() override;
  int interval() const { return interval_; }
  void setInterval(int msec);
  void start();
  bool isActive() const { return active_; }
private:
  int interval_;
  bool singleShot_;
  bool active_;
};
}
//--- v1
#include "WObject.h"
namespace Wt {
static unsigned nextObjId = 0;
WObject::WObject() : id_(nextObjId++) {}
WObject::~WObject() {}
void WObject::setObjectName(const std::string &name) { name_ = name; }
std::string WObject::objectName() const { return name_; }
WTimer::WTimer() : interval_(0), singleShot_(false), active_(false) {}
WTimer::~WTimer() { active_ = false; }
void WTimer::setInterval(int msec) { interval_ = msec; }
void WTimer::start() { active_ = interval_ > 0; }
}
//--- v2
#include "WObject.h"
namespace Wt {
namespace Core {
struct observer_info { int count; };
observable::observable() noexcept : observerInfo_(nullptr) {}
observable::~observable() { delete observerInfo_; }
}
static unsigned nextObjId = 0;
WObject::WObject() : id_(nextObjId++) {}
WObject::~WObject() {}
void WObject::setObjectName(const std::string &name) { name_ = name; }
std::string WObject::objectName() const { return name_; }
WTimer::WTimer() : interval_(0), singleShot_(false), active_(false) {}
WTimer::~WTimer() { active_ = false; }
void WTimer::setInterval(int msec) { interval_ = msec; }
void WTimer::start() { active_ = interval_ > 0; }
}
