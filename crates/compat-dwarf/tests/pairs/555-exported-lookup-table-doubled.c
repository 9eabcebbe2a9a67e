// expect: breaking
// why: The library exports int crc_table[16], which consumers index directly; v2 makes it int crc_table[32]. The
// why: symbol grows from 64 to 128 bytes: executables that copy-relocated it reserved 64 bytes, so the library's own
// why: lookups of entries 16 to 31 read past the program's copy.
// abidiff: 4 agree
//--- v1/crc.h
extern const int crc_table[16];
int crc_nibbles(const unsigned char *p, int n);
//--- v2/crc.h
extern const int crc_table[32];
int crc_nibbles(const unsigned char *p, int n);
//--- v1
#include "crc.h"
const int crc_table[16] = { 0, 1, 3, 2, 6, 7, 5, 4, 12, 13, 15, 14, 10, 11, 9, 8 };
int crc_nibbles(const unsigned char *p, int n) { int c = 0; for (int i = 0; i < n; i++) c = (c << 1) ^ crc_table[p[i] & 15]; return c; }
//--- v2
#include "crc.h"
const int crc_table[32] = { 0, 1, 3, 2, 6, 7, 5, 4, 12, 13, 15, 14, 10, 11, 9, 8, 24, 25, 27, 26, 30, 31, 29, 28, 20, 21, 23, 22, 18, 19, 17, 16 };
int crc_nibbles(const unsigned char *p, int n) { int c = 0; for (int i = 0; i < n; i++) c = (c << 1) ^ crc_table[p[i] & 31]; return c; }
