// expect: breaking
// why: struct Binding is caller-filled (bind_run takes it by const pointer; no export hands one out) and its member
// why: handler points to a member function of Widget taking int in v1, double in v2. Consumers store
// why: &Widget::resize (taking an int in a general-purpose register); v2 calls it with a double in an SSE register.
// abidiff: 0 disagree: libabigail 2.2 drops members of pointer-to-member type (abidw lists Binding without handler), so it sees no change; v2 passes a double where the consumer's member function takes an int.
// message: void (Widget::*)(double)
//--- v1/b.h
struct Widget { int size; void resize(int n); void scale(int n); };
struct Binding { void (Widget::*handler)(int); int arg; };
void bind_run(Widget *w, const Binding *b);
//--- v2/b.h
struct Widget { int size; void resize(int n); void scale(int n); };
struct Binding { void (Widget::*handler)(double); int arg; };
void bind_run(Widget *w, const Binding *b);
//--- v1
#include "b.h"
void Widget::resize(int n) { size = n; }
void Widget::scale(int n) { size *= n; }
void bind_run(Widget *w, const Binding *b) { (w->*(b->handler))(b->arg); }
//--- v2
#include "b.h"
void Widget::resize(int n) { size = n; }
void Widget::scale(int n) { size *= n; }
void bind_run(Widget *w, const Binding *b) { (w->*(b->handler))((double)b->arg); }
