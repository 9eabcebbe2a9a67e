// expect: breaking
// why: The other side of round 15's fix for 583 (a function that releases a counted array of a type an export
// why: hands out, cs_free by its name, is no evidence that callers build the array): struct ev_entry is handed
// why: out by ev_last, but callers also allocate arrays of it for ev_read to fill (struct ev_entry *buf, size_t
// why: n), a function that releases nothing. v2 appends a timestamp: ev_read writes 16-byte entries into an old
// why: caller's array of 8-byte ones.
// abidiff: 4 agree
//--- v1/ev.h
#include <stddef.h>
struct ev_entry { int fd; unsigned events; };
size_t ev_read(struct ev_entry *buf, size_t n);
const struct ev_entry *ev_last(void);
//--- v2/ev.h
#include <stddef.h>
struct ev_entry { int fd; unsigned events; long stamp; };
size_t ev_read(struct ev_entry *buf, size_t n);
const struct ev_entry *ev_last(void);
//--- v1
#include "ev.h"
static struct ev_entry last;
size_t ev_read(struct ev_entry *buf, size_t n) { for (size_t i = 0; i < n; i++) { buf[i].fd = (int)i; buf[i].events = 1; last = buf[i]; } return n; }
const struct ev_entry *ev_last(void) { return &last; }
//--- v2
#include "ev.h"
static struct ev_entry last;
size_t ev_read(struct ev_entry *buf, size_t n) { for (size_t i = 0; i < n; i++) { buf[i].fd = (int)i; buf[i].events = 1; buf[i].stamp = 0; last = buf[i]; } return n; }
const struct ev_entry *ev_last(void) { return &last; }
