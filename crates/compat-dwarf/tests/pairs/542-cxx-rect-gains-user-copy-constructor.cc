// expect: breaking
// why: img::Rect is passed and returned by value (img::clip(Rect, Rect)). v2 gives it a user-provided copy
// why: constructor (to count copies in debug builds): a class with a non-trivial copy constructor is passed and
// why: returned through hidden pointers instead of in rdi/rsi and rax/rdx, under the same mangled names, so old
// why: callers pass two 16-byte values in registers where v2 reads two addresses.
// abidiff: 4 agree
//--- v1/rect.h
namespace img {
struct Rect { int x, y, w, h; };
Rect clip(Rect a, Rect b);
}
//--- v2/rect.h
namespace img {
struct Rect {
  int x, y, w, h;
  Rect(int x_, int y_, int w_, int h_) : x(x_), y(y_), w(w_), h(h_) {}
  Rect(const Rect &o);
};
Rect clip(Rect a, Rect b);
}
//--- v1
#include "rect.h"
namespace img {
Rect clip(Rect a, Rect b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return Rect{x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}
}
//--- v2
#include "rect.h"
namespace img {
static int copies;
Rect::Rect(const Rect &o) : x(o.x), y(o.y), w(o.w), h(o.h) { ++copies; }
Rect clip(Rect a, Rect b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return Rect{x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}
}
