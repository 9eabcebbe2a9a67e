// expect: breaking
// why: chtype narrows from unsigned long to unsigned int; cchar_t, which callers allocate and pass to setcchar
// why: to be filled, shrinks from 32 to 24 bytes and chars moves from byte 8 to byte 4.
// abidiff: 4 agree
//--- v1/curses.h
#include <wchar.h>
typedef unsigned long chtype;
typedef struct { chtype attr; wchar_t chars[5]; } cchar_t;
int setcchar(cchar_t *wcval, const wchar_t *wch, chtype attrs);
//--- v2/curses.h
#include <wchar.h>
typedef unsigned int chtype;
typedef struct { chtype attr; wchar_t chars[5]; } cchar_t;
int setcchar(cchar_t *wcval, const wchar_t *wch, chtype attrs);
//--- v1
#include "curses.h"
int setcchar(cchar_t *wcval, const wchar_t *wch, chtype attrs) {
  int i = 0;
  wcval->attr = attrs;
  for (; i < 4 && wch[i]; i++) wcval->chars[i] = wch[i];
  wcval->chars[i] = 0;
  return 0;
}
//--- v2
#include "curses.h"
int setcchar(cchar_t *wcval, const wchar_t *wch, chtype attrs) {
  int i = 0;
  wcval->attr = attrs;
  for (; i < 4 && wch[i]; i++) wcval->chars[i] = wch[i];
  wcval->chars[i] = 0;
  return 0;
}
