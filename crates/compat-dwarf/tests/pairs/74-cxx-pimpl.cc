// expect: info
// why: The pimpl idiom: Widget (public, exported members) keeps one pointer to Widget::Impl, which only
// why: the library's source defines and allocates; Impl's new member is invisible to consumers and
// why: Widget's layout is unchanged.
// abidiff: 4 disagree: abidiff reports Widget::Impl's change; Impl is the pimpl, defined only in lib.cc, and Widget (one pointer) is unchanged.
//--- w.h
class Widget { public: Widget(); ~Widget(); int value() const; private: struct Impl; Impl *d; };
//--- v1
#include "w.h"
struct Widget::Impl { int v; };
Widget::Widget() : d(new Impl()) {}
Widget::~Widget() { delete d; }
int Widget::value() const { return d->v; }
//--- v2
#include "w.h"
struct Widget::Impl { long cache; int v; };
Widget::Widget() : d(new Impl()) {}
Widget::~Widget() { delete d; }
int Widget::value() const { return d->v; }
