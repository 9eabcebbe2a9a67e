// expect: info
// why: Circle now overrides Shape::name(): Circle's vtable keeps its slots (the name slot points to the new
// why: Circle::name), its layout is unchanged, and Circle::name is a new symbol. Old callers going through
// why: the vtable get the new override, which is the intended behaviour.
// abidiff: 12 disagree: abidiff calls Circle::name a new vtable entry at voffset 3; slot 3 is Shape::name's existing slot, which Circle now overrides, so Circle's vtable keeps its size and order.
//--- v1/shape.h
class Shape { public: virtual ~Shape(); virtual double area() const; virtual const char *name() const; };
class Circle : public Shape { public: explicit Circle(double r); double area() const override; private: double r; };
Shape *make_circle(double r);
//--- v2/shape.h
class Shape { public: virtual ~Shape(); virtual double area() const; virtual const char *name() const; };
class Circle : public Shape { public: explicit Circle(double r); double area() const override; const char *name() const override; private: double r; };
Shape *make_circle(double r);
//--- v1
#include "shape.h"
Shape::~Shape() {}
double Shape::area() const { return 0; }
const char *Shape::name() const { return "shape"; }
Circle::Circle(double r) : r(r) {}
double Circle::area() const { return 3.14159 * r * r; }
Shape *make_circle(double r) { return new Circle(r); }
//--- v2
#include "shape.h"
Shape::~Shape() {}
double Shape::area() const { return 0; }
const char *Shape::name() const { return "shape"; }
Circle::Circle(double r) : r(r) {}
double Circle::area() const { return 3.14159 * r * r; }
const char *Circle::name() const { return "circle"; }
Shape *make_circle(double r) { return new Circle(r); }
