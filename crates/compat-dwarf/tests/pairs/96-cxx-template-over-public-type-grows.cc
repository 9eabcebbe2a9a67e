// expect: breaking
// why: Box<Point> is instantiated over Point, which the public header declares, and the library exports its
// why: member functions (explicit instantiation), so consumers hold Box<Point> objects by value. v2 adds a
// why: member to the template: Box<Point> grows from 8 to 12 bytes (the other direction of 371, where the
// why: template argument is a type only the library's sources declare).
// abidiff: 4 agree
//--- v1/box.h
struct Point { int x, y; };
template <class T> class Box {
public:
  Box();
  int area() const;
  T v;
};
extern template class Box<Point>;
//--- v2/box.h
struct Point { int x, y; };
template <class T> class Box {
public:
  Box();
  int area() const;
  T v;
  int scale;
};
extern template class Box<Point>;
//--- v1
#include "box.h"
template <class T> Box<T>::Box() : v() {}
template <class T> int Box<T>::area() const { return v.x * v.y; }
template class Box<Point>;
//--- v2
#include "box.h"
template <class T> Box<T>::Box() : v(), scale(1) {}
template <class T> int Box<T>::area() const { return v.x * v.y * scale; }
template class Box<Point>;
