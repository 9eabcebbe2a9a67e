// expect: breaking
// why: struct opts is caller-allocated and grows at its end, and opts_init takes the caller's version as an
// why: argument, but opts_apply takes the struct without one: it cannot know an old caller's struct is 8 bytes,
// why: and reads `retries` at byte 8 past its end. The versioned-by-argument convention needs every function
// why: that takes the struct to take the version too (the other direction of 401).
// abidiff: 4 agree
//--- v1/opts.h
struct opts { int mode; int flags; };
void opts_init(int opts_version, struct opts *o);
int opts_apply(const struct opts *o);
//--- v2/opts.h
struct opts { int mode; int flags; int retries; };
void opts_init(int opts_version, struct opts *o);
int opts_apply(const struct opts *o);
//--- v1
#include <string.h>
#include "opts.h"
void opts_init(int opts_version, struct opts *o) { (void)opts_version; memset(o, 0, sizeof *o); }
int opts_apply(const struct opts *o) { return o->mode + o->flags; }
//--- v2
#include <string.h>
#include "opts.h"
void opts_init(int opts_version, struct opts *o) { memset(o, 0, opts_version >= 2 ? sizeof *o : 8); }
int opts_apply(const struct opts *o) { return o->mode + o->flags + o->retries; }
