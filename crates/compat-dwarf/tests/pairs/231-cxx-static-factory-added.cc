// expect: info
// why: class Color (exported constructor and methods) gains a static member function fromHex: a new symbol,
// why: while Color's layout and every existing symbol stay the same. Adding an export is compatible.
// abidiff: 4 disagree: abidiff reports one added function; adding a static member function is compatible (as in 130).
//--- v1/color.h
class Color {
public:
  Color(int r, int g, int b);
  int red() const;
  unsigned rgb() const;
private:
  int r_, g_, b_;
};
//--- v2/color.h
class Color {
public:
  Color(int r, int g, int b);
  static Color fromHex(unsigned hex);
  int red() const;
  unsigned rgb() const;
private:
  int r_, g_, b_;
};
//--- v1
#include "color.h"
Color::Color(int r, int g, int b) : r_(r), g_(g), b_(b) {}
int Color::red() const { return r_; }
unsigned Color::rgb() const { return (unsigned)(r_ << 16 | g_ << 8 | b_); }
//--- v2
#include "color.h"
Color::Color(int r, int g, int b) : r_(r), g_(g), b_(b) {}
Color Color::fromHex(unsigned hex) { return Color((hex >> 16) & 255, (hex >> 8) & 255, hex & 255); }
int Color::red() const { return r_; }
unsigned Color::rgb() const { return (unsigned)(r_ << 16 | g_ << 8 | b_); }
