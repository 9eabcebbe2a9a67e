// expect: breaking
// why: ev_io watchers are allocated by applications (usually embedded in their own structs) and registered with
// why: ev_io_start, which the library then reads and writes. v2 is configured with EV_MINPRI == EV_MAXPRI, which drops
// why: the int priority member of EV_WATCHER: data, cb, next, fd and events all move 8 bytes down (data from 16 to 8) and the struct
// why: shrinks from 48 to 40 bytes, so the library reads a v1 watcher's callback from its data pointer.
// abidiff: 4 agree
//--- v1/ev.h
struct ev_loop;
typedef struct ev_watcher_list { int active; int pending; int priority; void *data; void (*cb)(struct ev_loop *loop, struct ev_watcher_list *w, int revents); struct ev_watcher_list *next; } *WL;
typedef struct ev_io { int active; int pending; int priority; void *data; void (*cb)(struct ev_loop *loop, struct ev_io *w, int revents); struct ev_watcher_list *next; int fd; int events; } ev_io;
struct ev_loop *ev_default_loop(unsigned int flags);
void ev_io_start(struct ev_loop *loop, ev_io *w);
void ev_io_stop(struct ev_loop *loop, ev_io *w);
void ev_invoke_pending(struct ev_loop *loop);
//--- v2/ev.h
struct ev_loop;
typedef struct ev_watcher_list { int active; int pending; void *data; void (*cb)(struct ev_loop *loop, struct ev_watcher_list *w, int revents); struct ev_watcher_list *next; } *WL;
typedef struct ev_io { int active; int pending; void *data; void (*cb)(struct ev_loop *loop, struct ev_io *w, int revents); struct ev_watcher_list *next; int fd; int events; } ev_io;
struct ev_loop *ev_default_loop(unsigned int flags);
void ev_io_start(struct ev_loop *loop, ev_io *w);
void ev_io_stop(struct ev_loop *loop, ev_io *w);
void ev_invoke_pending(struct ev_loop *loop);
//--- v1
#include "ev.h"
struct ev_loop { unsigned int flags; ev_io *watchers[16]; int count; };
static struct ev_loop default_loop;
struct ev_loop *ev_default_loop(unsigned int flags) { default_loop.flags = flags; return &default_loop; }
void ev_io_start(struct ev_loop *loop, ev_io *w) { if (w->active || loop->count == 16) return; w->active = ++loop->count; w->pending = 0; if (w->priority > 2) w->priority = 2; loop->watchers[w->active - 1] = w; }
void ev_io_stop(struct ev_loop *loop, ev_io *w) { if (!w->active) return; loop->watchers[w->active - 1] = 0; w->active = 0; }
void ev_invoke_pending(struct ev_loop *loop) { for (int i = 0; i < loop->count; i++) { ev_io *w = loop->watchers[i]; if (w && w->cb) w->cb(loop, w, w->events); } }
//--- v2
#include "ev.h"
struct ev_loop { unsigned int flags; ev_io *watchers[16]; int count; };
static struct ev_loop default_loop;
struct ev_loop *ev_default_loop(unsigned int flags) { default_loop.flags = flags; return &default_loop; }
void ev_io_start(struct ev_loop *loop, ev_io *w) { if (w->active || loop->count == 16) return; w->active = ++loop->count; w->pending = 0; loop->watchers[w->active - 1] = w; }
void ev_io_stop(struct ev_loop *loop, ev_io *w) { if (!w->active) return; loop->watchers[w->active - 1] = 0; w->active = 0; }
void ev_invoke_pending(struct ev_loop *loop) { for (int i = 0; i < loop->count; i++) { ev_io *w = loop->watchers[i]; if (w && w->cb) w->cb(loop, w, w->events); } }
