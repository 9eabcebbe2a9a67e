// expect: breaking
// why: A virtual function is inserted between two existing ones: draw moves from vtable slot 2 to 3, so
// why: consumers calling draw through the vtable call resize instead.
// abidiff: 12 agree
//--- v1/v.h
struct View { virtual ~View(); virtual void draw(); int id; };
View *make_view();
//--- v2/v.h
struct View { virtual ~View(); virtual void resize(int); virtual void draw(); int id; };
View *make_view();
//--- v1
#include "v.h"
View::~View() {}
void View::draw() { id++; }
View *make_view() { return new View(); }
//--- v2
#include "v.h"
View::~View() {}
void View::resize(int n) { id = n; }
void View::draw() { id++; }
View *make_view() { return new View(); }
