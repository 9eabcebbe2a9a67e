// expect: breaking
// why: struct wait_opts is caller-allocated (wait_for takes a pointer, nothing hands one out) and embeds the
// why: timeout by value. v2 replaces struct timespec (tv_sec, tv_nsec) with struct timeval (tv_sec, tv_usec): the
// why: same 16 bytes of two longs at the same offsets, but the second member now counts microseconds, so an old
// why: caller's half-second timeout (tv_nsec = 500000000) reads as 500 seconds. Same layout, other units: a
// why: break that only the member names show.
// abidiff: 0 disagree: abidiff filters the change from struct timespec to struct timeval as harmless (same size and layout); the second member changes from nanoseconds to microseconds, so every old caller's timeout is read 1000 times too long.
//--- v1/wait.h
#include <time.h>
struct wait_opts { int fd; int events; struct timespec timeout; };
int wait_for(const struct wait_opts *o);
//--- v2/wait.h
#include <sys/time.h>
struct wait_opts { int fd; int events; struct timeval timeout; };
int wait_for(const struct wait_opts *o);
//--- v1
#include "wait.h"
int wait_for(const struct wait_opts *o) { long ms = o->timeout.tv_sec * 1000 + o->timeout.tv_nsec / 1000000; return o->fd < 0 ? -1 : (int)ms + o->events; }
//--- v2
#include "wait.h"
int wait_for(const struct wait_opts *o) { long ms = o->timeout.tv_sec * 1000 + o->timeout.tv_usec / 1000; return o->fd < 0 ? -1 : (int)ms + o->events; }
