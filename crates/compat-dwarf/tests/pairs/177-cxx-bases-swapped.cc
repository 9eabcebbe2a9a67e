// expect: breaking
// why: Button's bases go from (Widget, Clickable) to (Clickable, Widget): the Widget subobject moves from byte 0
// why: to 16 and Clickable's from 16 to 0, so an old consumer converting Button * to Widget * or Clickable *
// why: gets the other subobject, and Button's primary vtable changes.
// abidiff: 12 agree
//--- v1/btn.h
class Widget { public: virtual ~Widget(); virtual void paint(); int x = 0, y = 0; };
class Clickable { public: virtual ~Clickable(); virtual void click(); int clicks = 0; };
class Button : public Widget, public Clickable { public: Button(); void paint() override; void click() override; };
void show(Button *b);
//--- v2/btn.h
class Widget { public: virtual ~Widget(); virtual void paint(); int x = 0, y = 0; };
class Clickable { public: virtual ~Clickable(); virtual void click(); int clicks = 0; };
class Button : public Clickable, public Widget { public: Button(); void paint() override; void click() override; };
void show(Button *b);
//--- lib.cc
#include "btn.h"
Widget::~Widget() {}
void Widget::paint() { x++; }
Clickable::~Clickable() {}
void Clickable::click() { clicks++; }
Button::Button() {}
void Button::paint() { Widget::paint(); }
void Button::click() { Clickable::click(); }
void show(Button *b) { b->paint(); }
