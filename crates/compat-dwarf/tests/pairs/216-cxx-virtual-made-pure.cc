// expect: breaking
// why: Shape::area, virtual with an exported default implementation in v1, becomes pure virtual without a
// why: definition: _ZN5Shape4areaEv is removed, so old subclasses that call Shape::area() or inherit it fail to
// why: resolve it, and Shape's vtable slot now holds __cxa_pure_virtual.
// abidiff: 12 agree
//--- v1/shape.h
class Shape { public: Shape(); virtual ~Shape(); virtual double area() const; int id() const; private: int id_; };
//--- v2/shape.h
class Shape { public: Shape(); virtual ~Shape(); virtual double area() const = 0; int id() const; private: int id_; };
//--- v1
#include "shape.h"
Shape::Shape() : id_(1) {}
Shape::~Shape() {}
double Shape::area() const { return 0.0; }
int Shape::id() const { return id_; }
//--- v2
#include "shape.h"
Shape::Shape() : id_(1) {}
Shape::~Shape() {}
int Shape::id() const { return id_; }
