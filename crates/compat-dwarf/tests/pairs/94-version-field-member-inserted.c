// expect: breaking
// why: struct opts opens with `int version`, but v2 inserts `timeout` before `flags` instead of appending: flags
// why: moves from byte 8 to byte 12 and old callers' tables are read at the wrong offsets whatever their
// why: version says. The versioned-struct convention covers growth at the end only (the other direction of 359).
// abidiff: 4 agree
//--- v1/opts.h
struct opts { int version; int mode; int flags; };
int run(const struct opts *o);
//--- v2/opts.h
struct opts { int version; int mode; int timeout; int flags; };
int run(const struct opts *o);
//--- v1
#include "opts.h"
int run(const struct opts *o) { return o->mode + o->flags; }
//--- v2
#include "opts.h"
int run(const struct opts *o) { return o->mode + o->flags + (o->version >= 2 ? o->timeout : 0); }
