// expect: breaking
// why: Fl_Widget is the base every FLTK application widget derives from (draw is pure), and its virtuals are called
// why: by the library through the vtable. v2 inserts virtual void take_focus_hook() between hide and as_group, so
// why: as_group and as_window move down one slot: a v1-built subclass's vtable has as_group where the library now
// why: calls take_focus_hook, and the library's call to as_window lands on as_group.
// abidiff: 12 agree
//--- v1/Fl_Widget.H
class Fl_Group;
class Fl_Window;
class Fl_Widget {
public:
    virtual ~Fl_Widget();
    virtual void draw() = 0;
    virtual int handle(int event);
    virtual void resize(int x, int y, int w, int h);
    virtual void show();
    virtual void hide();
    virtual Fl_Group *as_group();
    virtual Fl_Window *as_window();
    int x() const { return x_; }
    int visible() const { return visible_; }
protected:
    Fl_Widget(int x, int y, int w, int h, const char *label = 0);
    int x_, y_, w_, h_;
    const char *label_;
    int visible_;
};
int Fl_send_event(Fl_Widget *w, int event);
bool Fl_is_toplevel(Fl_Widget *w);
//--- v2/Fl_Widget.H
class Fl_Group;
class Fl_Window;
class Fl_Widget {
public:
    virtual ~Fl_Widget();
    virtual void draw() = 0;
    virtual int handle(int event);
    virtual void resize(int x, int y, int w, int h);
    virtual void show();
    virtual void hide();
    virtual void take_focus_hook();
    virtual Fl_Group *as_group();
    virtual Fl_Window *as_window();
    int x() const { return x_; }
    int visible() const { return visible_; }
protected:
    Fl_Widget(int x, int y, int w, int h, const char *label = 0);
    int x_, y_, w_, h_;
    const char *label_;
    int visible_;
};
int Fl_send_event(Fl_Widget *w, int event);
bool Fl_is_toplevel(Fl_Widget *w);
//--- v1
#include "Fl_Widget.H"
Fl_Widget::Fl_Widget(int x, int y, int w, int h, const char *label) : x_(x), y_(y), w_(w), h_(h), label_(label), visible_(1) {}
Fl_Widget::~Fl_Widget() {}
int Fl_Widget::handle(int event) { return event == 1 ? 1 : 0; }
void Fl_Widget::resize(int x, int y, int w, int h) { x_ = x; y_ = y; w_ = w; h_ = h; }
void Fl_Widget::show() { visible_ = 1; }
void Fl_Widget::hide() { visible_ = 0; }
Fl_Group *Fl_Widget::as_group() { return 0; }
Fl_Window *Fl_Widget::as_window() { return 0; }
int Fl_send_event(Fl_Widget *w, int event) { if (event == 8) { w->hide(); return 1; } return w->handle(event); }
bool Fl_is_toplevel(Fl_Widget *w) { return w->as_window() != 0 && w->as_group() != 0; }
//--- v2
#include "Fl_Widget.H"
Fl_Widget::Fl_Widget(int x, int y, int w, int h, const char *label) : x_(x), y_(y), w_(w), h_(h), label_(label), visible_(1) {}
Fl_Widget::~Fl_Widget() {}
int Fl_Widget::handle(int event) { return event == 1 ? 1 : 0; }
void Fl_Widget::resize(int x, int y, int w, int h) { x_ = x; y_ = y; w_ = w; h_ = h; }
void Fl_Widget::show() { visible_ = 1; }
void Fl_Widget::hide() { visible_ = 0; }
void Fl_Widget::take_focus_hook() {}
Fl_Group *Fl_Widget::as_group() { return 0; }
Fl_Window *Fl_Widget::as_window() { return 0; }
int Fl_send_event(Fl_Widget *w, int event) { if (event == 6) w->take_focus_hook(); if (event == 8) { w->hide(); return 1; } return w->handle(event); }
bool Fl_is_toplevel(Fl_Widget *w) { return w->as_window() != 0 && w->as_group() != 0; }
