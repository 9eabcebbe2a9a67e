// expect: breaking
// why: gui::Widget derives virtually from gui::Object (class Widget : public virtual Object), both with exported
// why: constructors and virtual functions; consumers derive their own widgets from Widget and allocate them. v2
// why: adds a std::uint32_t flags_ member to Object: the virtual base subobject at the end of every Widget grows,
// why: so Widget and every class derived from it grow from 40 to 48 bytes and consumers' objects are too small for
// why: what the library's constructors write.
// abidiff: 4 agree
//--- v1/widget.h
namespace gui {
class Object {
public:
  Object();
  virtual ~Object();
  const char *name() const { return name_; }
protected:
  const char *name_;
  int refs_;
};
class Widget : public virtual Object {
public:
  Widget();
  ~Widget() override;
  virtual void paint();
  int width() const { return w_; }
protected:
  int w_, h_;
};
}
//--- v2/widget.h
#include <cstdint>
namespace gui {
class Object {
public:
  Object();
  virtual ~Object();
  const char *name() const { return name_; }
protected:
  const char *name_;
  int refs_;
  std::uint32_t flags_;
  void *user_data_;
};
class Widget : public virtual Object {
public:
  Widget();
  ~Widget() override;
  virtual void paint();
  int width() const { return w_; }
protected:
  int w_, h_;
};
}
//--- v1
#include "widget.h"
namespace gui {
Object::Object() : name_("object"), refs_(1) {}
Object::~Object() {}
Widget::Widget() : w_(0), h_(0) { name_ = "widget"; }
Widget::~Widget() {}
void Widget::paint() { w_ = w_ < 0 ? 0 : w_; }
}
//--- v2
#include "widget.h"
namespace gui {
Object::Object() : name_("object"), refs_(1), flags_(0), user_data_(nullptr) {}
Object::~Object() {}
Widget::Widget() : w_(0), h_(0) { name_ = "widget"; }
Widget::~Widget() {}
void Widget::paint() { w_ = w_ < 0 ? 0 : w_; if (flags_ & 1) h_ = 0; }
}
