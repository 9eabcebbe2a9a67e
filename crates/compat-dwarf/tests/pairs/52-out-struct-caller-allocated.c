// expect: breaking
// why: stat_get fills a struct the caller provides (struct st s; stat_get(&s)): v2's struct is bigger,
// why: so the library writes past the end of old callers' 8-byte objects.
// abidiff: 4 agree
//--- v1/pub.h
struct st { long size; };
int stat_get(struct st *out);
//--- v2/pub.h
struct st { long size; long mtime; };
int stat_get(struct st *out);
//--- v1
#include "pub.h"
int stat_get(struct st *out) { out->size = 1; return 0; }
//--- v2
#include "pub.h"
int stat_get(struct st *out) { out->size = 1; out->mtime = 2; return 0; }
