// expect: none
// why: juce::Rect's out-of-line member functions become noexcept in v2. A function's exception specification is not
// why: part of its mangled name, the class keeps its members and triviality, and every function its symbol,
// why: registers and behaviour for the inputs v1 accepted: nothing a binary or a caller's source depends on.
// abidiff: 0 agree
//--- v1/Rect.h
namespace juce {
class Rect {
public:
  Rect(int x, int y, int w, int h);
  int getWidth() const;
  int getRight() const;
  Rect withTrimmedLeft(int amount) const;
private:
  int pos_x, pos_y, w, h;
};
}
//--- v2/Rect.h
namespace juce {
class Rect {
public:
  Rect(int x, int y, int w, int h) noexcept;
  int getWidth() const noexcept;
  int getRight() const noexcept;
  Rect withTrimmedLeft(int amount) const noexcept;
private:
  int pos_x, pos_y, w, h;
};
}
//--- v1
#include "Rect.h"
namespace juce {
Rect::Rect(int x, int y, int w_, int h_) : pos_x(x), pos_y(y), w(w_), h(h_) {}
int Rect::getWidth() const { return w; }
int Rect::getRight() const { return pos_x + w; }
Rect Rect::withTrimmedLeft(int amount) const { return Rect(pos_x + amount, pos_y, w - amount, h); }
}
//--- v2
#include "Rect.h"
namespace juce {
Rect::Rect(int x, int y, int w_, int h_) noexcept : pos_x(x), pos_y(y), w(w_), h(h_) {}
int Rect::getWidth() const noexcept { return w; }
int Rect::getRight() const noexcept { return pos_x + w; }
Rect Rect::withTrimmedLeft(int amount) const noexcept { return Rect(pos_x + amount, pos_y, w - amount, h); }
}
