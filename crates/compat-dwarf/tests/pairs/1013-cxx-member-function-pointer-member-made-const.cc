// expect: info
// why: Binding::handler becomes a pointer to a const member function (void (Widget::*)(int) const): the same
// why: representation (address or vtable offset, this adjustment), the same call (this in the first register, the int
// why: in the second). Binaries built against v1 that store a non-const member work unchanged; only recompiling them
// why: needs const member functions. An API change to report, not an ABI break.
// abidiff: 0 agree
// message: void (Widget::*)(int) const
//--- v1/b.h
struct Widget { int size; void resize(int n) const; };
struct Binding { void (Widget::*handler)(int); int arg; };
void bind_run(Widget *w, const Binding *b);
//--- v2/b.h
struct Widget { int size; void resize(int n) const; };
struct Binding { void (Widget::*handler)(int) const; int arg; };
void bind_run(Widget *w, const Binding *b);
//--- v1
#include "b.h"
void Widget::resize(int n) const { (void)n; }
void bind_run(Widget *w, const Binding *b) { (w->*(b->handler))(b->arg); }
//--- v2
#include "b.h"
void Widget::resize(int n) const { (void)n; }
void bind_run(Widget *w, const Binding *b) { (w->*(b->handler))(b->arg); }
