// expect: breaking
// why: Shape has virtual functions and consumers derive from it (or call through its vtable); make_shape
// why: hands one out, but subclasses in consumers still embed Shape's members: inserting id moves w.
// abidiff: 4 agree
//--- v1/shape.h
struct Shape { virtual ~Shape(); virtual int area() const; int w; };
Shape *make_shape();
//--- v2/shape.h
struct Shape { virtual ~Shape(); virtual int area() const; int id; int w; };
Shape *make_shape();
//--- v1
#include "shape.h"
Shape::~Shape() {}
int Shape::area() const { return w * w; }
Shape *make_shape() { return new Shape(); }
//--- v2
#include "shape.h"
Shape::~Shape() {}
int Shape::area() const { return w * w; }
Shape *make_shape() { return new Shape(); }
