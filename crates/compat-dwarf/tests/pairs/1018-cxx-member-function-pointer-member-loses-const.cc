// expect: info
// why: The other direction of 1013: Binding::handler goes from void (Widget::*)(int) const to void (Widget::*)(int).
// why: The same representation and the same call; binaries built against v1 storing a const member function work
// why: unchanged. An API change only.
// abidiff: 0 agree
// message: void (Widget::*)(int) const
//--- v1/b.h
struct Widget { int size; void resize(int n) const; };
struct Binding { void (Widget::*handler)(int) const; int arg; };
void bind_run(Widget *w, const Binding *b);
//--- v2/b.h
struct Widget { int size; void resize(int n) const; };
struct Binding { void (Widget::*handler)(int); int arg; };
void bind_run(Widget *w, const Binding *b);
//--- v1
#include "b.h"
void Widget::resize(int n) const { (void)n; }
void bind_run(Widget *w, const Binding *b) { (w->*(b->handler))(b->arg); }
//--- v2
#include "b.h"
void Widget::resize(int n) const { (void)n; }
void bind_run(Widget *w, const Binding *b) { (w->*((void (Widget::*)(int))b->handler))(b->arg); }
