// expect: info
// why: Widget's pimpl member changes from Impl * to std::unique_ptr<Impl>: one pointer in both (the default
// why: deleter is empty), Widget already had a user-provided destructor so it is passed by hidden
// why: reference either way, and Impl is private: layout and calling convention hold; a reader should know.
// abidiff: 4 disagree: abidiff reports member d's type changed; std::unique_ptr<Impl> with the default deleter is one pointer at byte 0, so Widget's layout and calling convention hold.
//--- v1/w.h
class Widget { public: Widget(); ~Widget(); int value() const; private: struct Impl; Impl *d; };
//--- v2/w.h
#include <memory>
class Widget { public: Widget(); ~Widget(); int value() const; private: struct Impl; std::unique_ptr<Impl> d; };
//--- v1
#include "w.h"
struct Widget::Impl { int v; };
Widget::Widget() : d(new Impl()) {}
Widget::~Widget() { delete d; }
int Widget::value() const { return d->v; }
//--- v2
#include "w.h"
struct Widget::Impl { int v; };
Widget::Widget() : d(new Impl()) {}
Widget::~Widget() {}
int Widget::value() const { return d->v; }
