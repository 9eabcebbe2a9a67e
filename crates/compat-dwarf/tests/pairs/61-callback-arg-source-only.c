// expect: info
// why: As 60, but the header only forward-declares struct event (the callback gets an opaque pointer and
// why: uses accessor functions): its layout lives in the library's source and consumers never see it.
// abidiff: 4 disagree: as 55: struct event is defined only in the library's source; callbacks get an opaque pointer.
//--- ev.h
struct event;
typedef void (*event_cb)(const struct event *ev, void *user);
int ev_dispatch(event_cb cb, void *user);
int ev_code(const struct event *ev);
//--- v1
#include "ev.h"
struct event { int code; int value; };
int ev_dispatch(event_cb cb, void *user) { struct event e = { 1, 2 }; cb(&e, user); return 0; }
int ev_code(const struct event *ev) { return ev->code; }
//--- v2
#include "ev.h"
struct event { long time; int code; int value; };
int ev_dispatch(event_cb cb, void *user) { struct event e = { 0, 1, 2 }; cb(&e, user); return 0; }
int ev_code(const struct event *ev) { return ev->code; }
