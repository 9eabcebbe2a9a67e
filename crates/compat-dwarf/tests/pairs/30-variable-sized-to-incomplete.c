// expect: none
// why: The reverse of 29, with the definition sized by its initializer (int table[] = {8 values}): the
// why: exported object is still int[8], 32 bytes; consumers built against int[8] stay right.
// abidiff: 4 disagree: the reverse of 29 (abidiff: 'from 256 to infinity'); the exported object is still 32 bytes.
//--- v1/table.h
extern int table[8];
//--- v2/table.h
extern int table[];
//--- v1
#include "table.h"
int table[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int table_at(int i) { return table[i]; }
//--- v2
#include "table.h"
int table[] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int table_at(int i) { return table[i]; }
