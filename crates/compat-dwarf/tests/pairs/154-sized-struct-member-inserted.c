// expect: breaking
// why: struct open_how (openat2-style) is caller-filled and versioned by its size member, which lets a library
// why: accept structs that grow at the end; v2 inserts umask before resolve instead, so resolve moves from
// why: byte 16 to 24 and old callers' resolve flags are read as the umask.
// abidiff: 4 agree
//--- v1/how.h
struct open_how { unsigned int size; unsigned int flags; unsigned long long mode; unsigned long long resolve; };
int open2(const char *path, const struct open_how *how);
//--- v2/how.h
struct open_how { unsigned int size; unsigned int flags; unsigned long long mode; unsigned long long umask; unsigned long long resolve; };
int open2(const char *path, const struct open_how *how);
//--- v1
#include "how.h"
int open2(const char *path, const struct open_how *how)
{ if (!path || how->size < sizeof *how) return -22; return (int)(how->flags + how->mode + how->resolve); }
//--- v2
#include "how.h"
int open2(const char *path, const struct open_how *how)
{ if (!path || how->size < 24) return -22; return (int)(how->flags + how->mode + (how->size >= sizeof *how ? how->umask + how->resolve : 0)); }
