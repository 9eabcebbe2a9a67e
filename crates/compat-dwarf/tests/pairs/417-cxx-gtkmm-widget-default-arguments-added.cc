// expect: none
// why: gtkmm gives Gtk::Widget::set_size_request(int width, int height) the defaults -1 and -1 ("unset", as in the C
// why: API) and renames the virtual on_size_allocate's parameter. Default arguments are supplied by the compiler at
// why: the call site and are neither part of the mangled name nor of the function's type, and parameter names are
// why: not part of either: the symbols, vtable slots and types are the same (as in 162 and 174).
// abidiff: 0 agree
//--- v1/widget.h
namespace Gtk {
struct Allocation { int x, y, width, height; };
class Widget {
public:
  Widget();
  virtual ~Widget();
  void set_size_request(int width, int height);
  void get_size_request(int &width, int &height) const;
  void size_allocate(const Allocation &allocation);
protected:
  virtual void on_size_allocate(Allocation &allocation);
private:
  int width_request_;
  int height_request_;
  Allocation allocation_;
};
}
//--- v2/widget.h
namespace Gtk {
struct Allocation { int x, y, width, height; };
class Widget {
public:
  Widget();
  virtual ~Widget();
  void set_size_request(int width = -1, int height = -1);
  void get_size_request(int &width, int &height) const;
  void size_allocate(const Allocation &allocation);
protected:
  virtual void on_size_allocate(Allocation &alloc);
private:
  int width_request_;
  int height_request_;
  Allocation allocation_;
};
}
//--- v1
#include "widget.h"
namespace Gtk {
Widget::Widget() : width_request_(-1), height_request_(-1), allocation_{0, 0, 1, 1} {}
Widget::~Widget() {}
void Widget::set_size_request(int width, int height) { width_request_ = width < -1 ? -1 : width; height_request_ = height < -1 ? -1 : height; }
void Widget::get_size_request(int &width, int &height) const { width = width_request_; height = height_request_; }
void Widget::size_allocate(const Allocation &allocation) { Allocation a = allocation; on_size_allocate(a); }
void Widget::on_size_allocate(Allocation &allocation) {
  if (width_request_ > allocation.width) allocation.width = width_request_;
  if (height_request_ > allocation.height) allocation.height = height_request_;
  allocation_ = allocation;
}
}
//--- v2
#include "widget.h"
namespace Gtk {
Widget::Widget() : width_request_(-1), height_request_(-1), allocation_{0, 0, 1, 1} {}
Widget::~Widget() {}
void Widget::set_size_request(int width, int height) { width_request_ = width < -1 ? -1 : width; height_request_ = height < -1 ? -1 : height; }
void Widget::get_size_request(int &width, int &height) const { width = width_request_; height = height_request_; }
void Widget::size_allocate(const Allocation &allocation) { Allocation a = allocation; on_size_allocate(a); }
void Widget::on_size_allocate(Allocation &alloc) {
  if (width_request_ > alloc.width) alloc.width = width_request_;
  if (height_request_ > alloc.height) alloc.height = height_request_;
  allocation_ = alloc;
}
}
