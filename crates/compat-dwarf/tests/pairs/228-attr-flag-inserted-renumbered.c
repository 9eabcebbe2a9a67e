// expect: breaking
// why: enum attr (ncurses-style attribute bits passed by value to attr_on) gains A_ITALIC = 4 and A_UNDERLINE
// why: moves from 4 to 8: old binaries pass 4 for underline and the library now turns on italics.
// abidiff: 4 agree
//--- v1/curses.h
enum attr { A_NORMAL = 0, A_BOLD = 1, A_DIM = 2, A_UNDERLINE = 4 };
int attr_on(int win, enum attr a);
//--- v2/curses.h
enum attr { A_NORMAL = 0, A_BOLD = 1, A_DIM = 2, A_ITALIC = 4, A_UNDERLINE = 8 };
int attr_on(int win, enum attr a);
//--- v1
#include "curses.h"
static unsigned attrs[16];
int attr_on(int win, enum attr a) { attrs[win & 15] |= a; return a == A_UNDERLINE; }
//--- v2
#include "curses.h"
static unsigned attrs[16];
int attr_on(int win, enum attr a) { attrs[win & 15] |= a; return a == A_UNDERLINE; }
