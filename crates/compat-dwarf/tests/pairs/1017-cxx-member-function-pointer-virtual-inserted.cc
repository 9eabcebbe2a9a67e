// expect: breaking
// why: run_action(s, &Shape::draw) passes a pointer to a virtual member function: on the Itanium ABI it holds
// why: draw's vtable offset (plus one), computed by the consumer. v2 inserts resize before draw, so a consumer's
// why: pointer now calls resize through the vtable, and its direct virtual calls land on the wrong slot too.
// abidiff: 12 agree
// message: moved from slot
//--- v1/sh.h
struct Shape { virtual ~Shape(); virtual void draw(); int id; };
Shape *make_shape();
void run_action(Shape *s, void (Shape::*action)());
//--- v2/sh.h
struct Shape { virtual ~Shape(); virtual void resize(); virtual void draw(); int id; };
Shape *make_shape();
void run_action(Shape *s, void (Shape::*action)());
//--- v1
#include "sh.h"
Shape::~Shape() {}
void Shape::draw() { id++; }
Shape *make_shape() { return new Shape(); }
void run_action(Shape *s, void (Shape::*action)()) { (s->*action)(); }
//--- v2
#include "sh.h"
Shape::~Shape() {}
void Shape::resize() { id = 0; }
void Shape::draw() { id++; }
Shape *make_shape() { return new Shape(); }
void run_action(Shape *s, void (Shape::*action)()) { (s->*action)(); }
