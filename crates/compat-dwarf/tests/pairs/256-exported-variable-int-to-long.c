// expect: breaking
// why: the exported variable TABSIZE widens from int to long: executables copy-relocate 4 bytes of it, the
// why: symbol size changes from 4 to 8, and the library now reads and writes 8 bytes.
// abidiff: 4 agree
//--- v1/curses.h
extern int TABSIZE;
int set_tabsize(int n);
//--- v2/curses.h
extern long TABSIZE;
int set_tabsize(int n);
//--- v1
#include "curses.h"
int TABSIZE = 8;
int set_tabsize(int n) { TABSIZE = n; return 0; }
//--- v2
#include "curses.h"
long TABSIZE = 8;
int set_tabsize(int n) { TABSIZE = n; return 0; }
