// expect: breaking
// why: ev_wait fills a caller-allocated array of struct ev_event; its events flag word widens from uint32_t
// why: to uint64_t, so the element grows from 8 to 16 bytes: the library writes past old callers' arrays
// why: and every element after the first lands at the wrong index.
// abidiff: 4 agree
//--- v1/ev.h
#include <stdint.h>
struct ev_event { int fd; uint32_t events; };
int ev_wait(struct ev_event *evs, int max);
//--- v2/ev.h
#include <stdint.h>
struct ev_event { int fd; uint64_t events; };
int ev_wait(struct ev_event *evs, int max);
//--- v1
#include "ev.h"
int ev_wait(struct ev_event *evs, int max) { for (int i = 0; i < max; i++) { evs[i].fd = i; evs[i].events = 1; } return max; }
//--- v2
#include "ev.h"
int ev_wait(struct ev_event *evs, int max) { for (int i = 0; i < max; i++) { evs[i].fd = i; evs[i].events = 1; } return max; }
