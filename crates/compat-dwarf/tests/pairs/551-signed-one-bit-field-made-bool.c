// expect: warning
// why: The other side of 549: struct cache_flags is caller-allocated (cache_open takes a pointer) and its one-bit
// why: field dirty goes from int dirty : 1, which holds 0 and -1, to bool dirty : 1, which holds 0 and 1. The bit
// why: stays in place, so the layout holds, but old code that compares the field with -1 (or stores -1) no longer
// why: means what the library reads: a signedness change, a warning.
// abidiff: 4 agree
//--- v1/cache.h
struct cache_flags { int dirty : 1; unsigned int ways : 4; };
int cache_open(const char *path, const struct cache_flags *f);
//--- v2/cache.h
#include <stdbool.h>
struct cache_flags { bool dirty : 1; unsigned int ways : 4; };
int cache_open(const char *path, const struct cache_flags *f);
//--- v1
#include "cache.h"
int cache_open(const char *path, const struct cache_flags *f) { return path ? (f->dirty ? 100 : 0) + (int)f->ways : -1; }
//--- v2
#include "cache.h"
int cache_open(const char *path, const struct cache_flags *f) { return path ? (f->dirty ? 100 : 0) + (int)f->ways : -1; }
