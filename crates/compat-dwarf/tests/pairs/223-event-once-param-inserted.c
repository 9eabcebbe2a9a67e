// expect: breaking
// why: event_base_once gains short events between fd and the callback: old callers put cb in %rdx and arg in
// why: %rcx, where the library now reads events and cb, so it calls the user's data pointer as a function.
// abidiff: 4 agree
//--- v1/event.h
struct event_base;
struct event_base *event_base_new(void);
int event_base_once(struct event_base *b, int fd, void (*cb)(int, void *), void *arg);
//--- v2/event.h
struct event_base;
struct event_base *event_base_new(void);
int event_base_once(struct event_base *b, int fd, short events, void (*cb)(int, void *), void *arg);
//--- v1
#include <stdlib.h>
#include "event.h"
struct event_base { int nfds; };
struct event_base *event_base_new(void) { return calloc(1, sizeof(struct event_base)); }
int event_base_once(struct event_base *b, int fd, void (*cb)(int, void *), void *arg) { b->nfds++; cb(fd, arg); return 0; }
//--- v2
#include <stdlib.h>
#include "event.h"
struct event_base { int nfds; };
struct event_base *event_base_new(void) { return calloc(1, sizeof(struct event_base)); }
int event_base_once(struct event_base *b, int fd, short events, void (*cb)(int, void *), void *arg) { b->nfds++; if (events) cb(fd, arg); return 0; }
