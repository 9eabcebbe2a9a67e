// expect: none
// why: The header's declaration of the exported array goes from int[] to int[8]; the definition and the
// why: symbol (32 bytes) are the same, so consumers' copy relocations and reads are unaffected.
// abidiff: 4 disagree: abidiff reads the header declaration's int[] and reports 'array type size changed from infinity to 256'; the object and its symbol are int[8], 32 bytes, in both versions.
//--- v1/table.h
extern int table[];
//--- v2/table.h
extern int table[8];
//--- v1
#include "table.h"
int table[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int table_at(int i) { return table[i]; }
//--- v2
#include "table.h"
int table[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int table_at(int i) { return table[i]; }
