// expect: breaking
// why: FLTK 1.3 turned Fl_Color from an enum into typedef unsigned int Fl_Color, so that 24-bit RGB values fit.
// why: A typedef is mangled as its type and an enum by its name: Fl_Widget::color(Fl_Color) was
// why: _ZN9Fl_Widget5colorE8Fl_Color and is _ZN9Fl_Widget5colorEj in v2, and fl_color(Fl_Color) changes the same way,
// why: so binaries built against v1 fail to bind them.
// abidiff: 12 agree
//--- v1/Enumerations.H
enum Fl_Color { FL_FOREGROUND_COLOR = 0, FL_BACKGROUND2_COLOR = 7, FL_INACTIVE_COLOR = 8, FL_SELECTION_COLOR = 15, FL_BLACK = 56, FL_WHITE = 255 };
class Fl_Widget {
public:
    Fl_Widget(int x, int y, int w, int h);
    void color(Fl_Color bg);
    Fl_Color color() const { return color_; }
private:
    int x_, y_, w_, h_;
    Fl_Color color_;
};
void fl_color(Fl_Color c);
Fl_Color fl_current_color();
//--- v2/Enumerations.H
typedef unsigned int Fl_Color;
const Fl_Color FL_FOREGROUND_COLOR = 0, FL_BACKGROUND2_COLOR = 7, FL_INACTIVE_COLOR = 8, FL_SELECTION_COLOR = 15, FL_BLACK = 56, FL_WHITE = 255;
class Fl_Widget {
public:
    Fl_Widget(int x, int y, int w, int h);
    void color(Fl_Color bg);
    Fl_Color color() const { return color_; }
private:
    int x_, y_, w_, h_;
    Fl_Color color_;
};
void fl_color(Fl_Color c);
Fl_Color fl_current_color();
//--- v1
#include "Enumerations.H"
static Fl_Color current = FL_FOREGROUND_COLOR;
Fl_Widget::Fl_Widget(int x, int y, int w, int h) : x_(x), y_(y), w_(w), h_(h), color_(FL_BACKGROUND2_COLOR) {}
void Fl_Widget::color(Fl_Color bg) { color_ = bg; }
void fl_color(Fl_Color c) { current = c; }
Fl_Color fl_current_color() { return current; }
//--- v2
#include "Enumerations.H"
static Fl_Color current = FL_FOREGROUND_COLOR;
Fl_Widget::Fl_Widget(int x, int y, int w, int h) : x_(x), y_(y), w_(w), h_(h), color_(FL_BACKGROUND2_COLOR) {}
void Fl_Widget::color(Fl_Color bg) { color_ = bg; }
void fl_color(Fl_Color c) { current = c; }
Fl_Color fl_current_color() { return current; }
