// expect: warning
// why: The library passes struct event to the consumer's callback; the struct is declared with its
// why: members in the header, so the callback may read ev->code, which moved: undecided (a header type
// why: only the library creates).
// abidiff: 4 agree
//--- v1/ev.h
struct event { int code; int value; };
typedef void (*event_cb)(const struct event *ev, void *user);
int ev_dispatch(event_cb cb, void *user);
//--- v2/ev.h
struct event { long time; int code; int value; };
typedef void (*event_cb)(const struct event *ev, void *user);
int ev_dispatch(event_cb cb, void *user);
//--- v1
#include "ev.h"
int ev_dispatch(event_cb cb, void *user) { struct event e = { 1, 2 }; cb(&e, user); return 0; }
//--- v2
#include "ev.h"
int ev_dispatch(event_cb cb, void *user) { struct event e = { 0, 1, 2 }; cb(&e, user); return 0; }
