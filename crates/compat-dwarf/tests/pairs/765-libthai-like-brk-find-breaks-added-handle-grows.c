// expect: info
// why: libthai 0.1.25 adds th_brk_find_breaks, taking a ThBrk, alongside the old th_brk. ThBrk is only
// why: forward-declared in thbrk.h and its definition, which gains a cache, lives in the library's source: consumers
// why: hold the pointers th_brk_new hands out. New functions and a private type's growth leave old binaries alone.
// abidiff: 4 disagree: abidiff reports struct _ThBrk grown and a function added; _ThBrk is defined only in lib.c and adding a function is compatible.
//--- v1/thbrk.h
#include <stddef.h>
typedef unsigned char thchar_t;
typedef struct _ThBrk ThBrk;
ThBrk *th_brk_new(const char *dictpath);
int th_brk(const thchar_t *s, int *pos, size_t pos_sz);
void th_brk_delete(ThBrk *brk);
//--- v2/thbrk.h
#include <stddef.h>
typedef unsigned char thchar_t;
typedef struct _ThBrk ThBrk;
ThBrk *th_brk_new(const char *dictpath);
int th_brk(const thchar_t *s, int *pos, size_t pos_sz);
int th_brk_find_breaks(ThBrk *brk, const thchar_t *s, int *pos, size_t pos_sz);
void th_brk_delete(ThBrk *brk);
//--- v1
#include <stdlib.h>
#include "thbrk.h"
struct _ThBrk { const char *dictpath; int flags; };
ThBrk *th_brk_new(const char *dictpath) { ThBrk *b = calloc(1, sizeof *b); if (b) b->dictpath = dictpath; return b; }
int th_brk(const thchar_t *s, int *pos, size_t pos_sz) { int n = 0; for (int i = 1; s[i] && (size_t)n < pos_sz; i++) if (s[i] >= 0xa1 && s[i] <= 0xae) pos[n++] = i; return n; }
void th_brk_delete(ThBrk *brk) { free(brk); }
//--- v2
#include <stdlib.h>
#include "thbrk.h"
struct _ThBrk { const char *dictpath; int flags; int *cache; size_t cache_len; };
ThBrk *th_brk_new(const char *dictpath) { ThBrk *b = calloc(1, sizeof *b); if (b) b->dictpath = dictpath; return b; }
int th_brk_find_breaks(ThBrk *brk, const thchar_t *s, int *pos, size_t pos_sz) { int n = 0; for (int i = 1; s[i] && (size_t)n < pos_sz; i++) if (s[i] >= 0xa1 && s[i] <= 0xae) pos[n++] = i; if (brk) brk->cache_len = (size_t)n; return n; }
int th_brk(const thchar_t *s, int *pos, size_t pos_sz) { return th_brk_find_breaks(0, s, pos, pos_sz); }
void th_brk_delete(ThBrk *brk) { if (brk) free(brk->cache); free(brk); }
