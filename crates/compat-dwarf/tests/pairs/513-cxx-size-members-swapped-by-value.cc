// expect: breaking
// why: ui::Size is returned by value from ui::Widget::preferred_size() const and passed by value to
// why: ui::Widget::resize(Size). v2 declares h before w: still two ints in one INTEGER eightbyte (rax / rsi), but
// why: the low half now means the height. Old callers pass their width where the library reads the height and
// why: read the returned height as the width; the symbols are unchanged, so nothing stops them.
// abidiff: 4 agree
//--- v1/ui.h
namespace ui {
struct Size { int w; int h; };
class Widget {
public:
  Widget();
  Size preferred_size() const;
  void resize(Size s);
private:
  Size size_;
};
}
//--- v2/ui.h
namespace ui {
struct Size { int h; int w; };
class Widget {
public:
  Widget();
  Size preferred_size() const;
  void resize(Size s);
private:
  Size size_;
};
}
//--- v1
#include "ui.h"
namespace ui {
Widget::Widget() : size_{320, 200} {}
Size Widget::preferred_size() const { return size_; }
void Widget::resize(Size s) { if (s.w > 0 && s.h > 0) size_ = s; }
}
//--- v2
#include "ui.h"
namespace ui {
Widget::Widget() : size_{200, 320} {}
Size Widget::preferred_size() const { return size_; }
void Widget::resize(Size s) { if (s.w > 0 && s.h > 0) size_ = s; }
}
