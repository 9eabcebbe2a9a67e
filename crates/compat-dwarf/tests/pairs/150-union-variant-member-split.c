// expect: breaking
// why: event_poll fills a caller-allocated struct event (SDL_Event-like tagged union). In the key variant,
// why: mods shrinks from int to short and repeat takes its upper two bytes: union and struct keep their
// why: size, but old consumers read key.mods as 4 bytes and get repeat << 16 mixed in.
// abidiff: 4 agree
//--- v1/ev.h
struct key_event { int code; int mods; };
struct motion_event { int x; int y; };
struct event { int type; union { struct key_event key; struct motion_event motion; } u; };
int event_poll(struct event *out);
//--- v2/ev.h
struct key_event { int code; short mods; short repeat; };
struct motion_event { int x; int y; };
struct event { int type; union { struct key_event key; struct motion_event motion; } u; };
int event_poll(struct event *out);
//--- v1
#include "ev.h"
int event_poll(struct event *out) { out->type = 1; out->u.key.code = 65; out->u.key.mods = 1; return 1; }
//--- v2
#include "ev.h"
int event_poll(struct event *out) { out->type = 1; out->u.key.code = 65; out->u.key.mods = 1; out->u.key.repeat = 1; return 1; }
