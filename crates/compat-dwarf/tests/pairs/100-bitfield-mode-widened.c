// expect: breaking
// why: struct term_opts is caller-allocated (term_setup only takes a pointer, nothing hands one out); mode
// why: grows from 2 to 3 bits, so echo and raw move up one bit: old callers' echo bit is read as mode's top bit.
// abidiff: 4 agree
//--- v1/term.h
struct term_opts { unsigned mode : 2; unsigned echo : 1; unsigned raw : 1; int baud; };
int term_setup(int fd, const struct term_opts *o);
//--- v2/term.h
struct term_opts { unsigned mode : 3; unsigned echo : 1; unsigned raw : 1; int baud; };
int term_setup(int fd, const struct term_opts *o);
//--- v1
#include "term.h"
int term_setup(int fd, const struct term_opts *o) { return fd + o->mode + o->echo * 4 + o->raw * 8 + o->baud; }
//--- v2
#include "term.h"
int term_setup(int fd, const struct term_opts *o) { return fd + o->mode + o->echo * 8 + o->raw * 16 + o->baud; }
