// expect: info
// why: v1 declares typedef struct sqz_ctx *sqz_handle and its functions take and return sqz_handle; v2 makes the
// why: handle typedef void *sqz_handle (the struct definition stays in the library's source). Both are pointers passed
// why: in the same registers, and consumers never saw the struct's members: binaries are unaffected, and the handle's
// why: type changing is an API change worth a line.
// abidiff: 4 disagree: abidiff reports the handle's pointee changed from struct sqz_ctx to void; both are pointers in the same registers, and consumers never saw the struct's members.
//--- v1/sqz.h
typedef struct sqz_ctx *sqz_handle;
sqz_handle sqz_open(int level);
int sqz_level(sqz_handle h);
void sqz_close(sqz_handle h);
//--- v2/sqz.h
typedef void *sqz_handle;
sqz_handle sqz_open(int level);
int sqz_level(sqz_handle h);
void sqz_close(sqz_handle h);
//--- v1
#include <stdlib.h>
#include "sqz.h"
struct sqz_ctx { int level; long total; };
sqz_handle sqz_open(int level) { struct sqz_ctx *c = calloc(1, sizeof *c); if (c) c->level = level; return c; }
int sqz_level(sqz_handle h) { return h->level; }
void sqz_close(sqz_handle h) { free(h); }
//--- v2
#include <stdlib.h>
#include "sqz.h"
struct sqz_ctx { int level; long total; };
sqz_handle sqz_open(int level) { struct sqz_ctx *c = calloc(1, sizeof *c); if (c) c->level = level; return c; }
int sqz_level(sqz_handle h) { return ((struct sqz_ctx *)h)->level; }
void sqz_close(sqz_handle h) { free(h); }
