// expect: none
// why: The virtual function's parameter is respelled through a typedef of int: same type, same mangled
// why: name (_ZN4View6resizeEi), same vtable slot.
// abidiff: 0 agree
//--- v1/v.h
struct View { virtual ~View(); virtual void resize(int n); int id; };
View *make_view();
//--- v2/v.h
typedef int px_t;
struct View { virtual ~View(); virtual void resize(px_t n); int id; };
View *make_view();
//--- v1
#include "v.h"
View::~View() {}
void View::resize(int n) { id = n; }
View *make_view() { return new View(); }
//--- v2
#include "v.h"
View::~View() {}
void View::resize(px_t n) { id = n; }
View *make_view() { return new View(); }
