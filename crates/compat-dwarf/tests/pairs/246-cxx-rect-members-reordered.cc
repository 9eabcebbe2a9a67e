// expect: breaking
// why: class Rect (exported constructor and area()) reorders its members from x_, y_, w_, h_ to w_, h_, x_, y_:
// why: same size, but consumers' inlined left() and top() read byte 0 and 4, which now hold the width and height.
// abidiff: 4 agree
//--- v1/rect.h
class Rect {
public:
  Rect(int x, int y, int w, int h);
  int area() const;
  int left() const { return x_; }
  int top() const { return y_; }
private:
  int x_, y_, w_, h_;
};
//--- v2/rect.h
class Rect {
public:
  Rect(int x, int y, int w, int h);
  int area() const;
  int left() const { return x_; }
  int top() const { return y_; }
private:
  int w_, h_, x_, y_;
};
//--- v1
#include "rect.h"
Rect::Rect(int x, int y, int w, int h) : x_(x), y_(y), w_(w), h_(h) {}
int Rect::area() const { return w_ * h_; }
//--- v2
#include "rect.h"
Rect::Rect(int x, int y, int w, int h) : w_(w), h_(h), x_(x), y_(y) {}
int Rect::area() const { return w_ * h_; }
