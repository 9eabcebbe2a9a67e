// expect: breaking
// why: The exported array grows from int[8] to int[16] (symbol size 32 to 64 bytes): an executable that
// why: copy-relocated table keeps 32 bytes and the library reads past them.
// abidiff: 4 agree
//--- v1/table.h
extern int table[];
//--- v2/table.h
extern int table[];
//--- v1
#include "table.h"
int table[] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int table_at(int i) { return table[i]; }
//--- v2
#include "table.h"
int table[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
int table_at(int i) { return table[i]; }
