// expect: breaking
// why: enum open_flags gains OF_LARGE = 1 << 32, which GCC accepts by widening the enum to unsigned long:
// why: store_open's flags parameter grows from 4 to 8 bytes, so the library reads all of %rsi where old
// why: callers set only %esi.
// abidiff: 4 agree
//--- v1/store.h
enum open_flags { OF_READ = 1, OF_WRITE = 2, OF_CREATE = 4 };
int store_open(const char *path, enum open_flags flags);
//--- v2/store.h
enum open_flags { OF_READ = 1, OF_WRITE = 2, OF_CREATE = 4, OF_LARGE = 0x100000000UL };
int store_open(const char *path, enum open_flags flags);
//--- lib.c
#include "store.h"
int store_open(const char *path, enum open_flags flags) { return path ? (int)(flags % 1000) + (flags > OF_CREATE) : -1; }
