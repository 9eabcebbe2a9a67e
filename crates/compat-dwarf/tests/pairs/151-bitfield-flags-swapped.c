// expect: breaking
// why: struct file_attr is a flag word callers fill and pass to attr_set; v2 declares hidden before readonly,
// why: so readonly moves to bit 1 and hidden to bit 0: an old caller asking for a read-only file gets a
// why: hidden one. Size and byte offsets hold; the bit offsets do not.
// abidiff: 4 agree
//--- v1/attr.h
struct file_attr { unsigned int readonly : 1; unsigned int hidden : 1; unsigned int system : 1; unsigned int mode : 9; };
int attr_set(const char *path, const struct file_attr *a);
//--- v2/attr.h
struct file_attr { unsigned int hidden : 1; unsigned int readonly : 1; unsigned int system : 1; unsigned int mode : 9; };
int attr_set(const char *path, const struct file_attr *a);
//--- lib.c
#include "attr.h"
int attr_set(const char *path, const struct file_attr *a) { return path ? (int)(a->readonly * 4 + a->hidden * 2 + a->system + a->mode) : -1; }
