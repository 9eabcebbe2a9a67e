// expect: warning
// why: Callers allocate ev_async watchers, initialise them with ev_async_init (a macro writing the members) and
// why: pass them to ev_async_start and ev_async_send. v2 declares the member sent as EV_ATOMIC_T, sig_atomic_t
// why: volatile, instead of int: the same 4 bytes at the same offset, but the library now relies on every access
// why: being volatile, which code compiled against v1 (reading w->sent in an inline ev_async_pending) does not do.
// abidiff: 4 agree
//--- v1/ev.h
typedef double ev_tstamp;
struct ev_loop;
typedef struct ev_async {
    int active;
    int pending;
    int priority;
    void *data;
    void (*cb)(struct ev_loop *loop, struct ev_async *w, int revents);
    int sent;
} ev_async;
void ev_async_start(struct ev_loop *loop, ev_async *w);
void ev_async_send(struct ev_loop *loop, ev_async *w);
int ev_async_pending_count(struct ev_loop *loop);
//--- v2/ev.h
#include <signal.h>
#define EV_ATOMIC_T sig_atomic_t volatile
typedef double ev_tstamp;
struct ev_loop;
typedef struct ev_async {
    int active;
    int pending;
    int priority;
    void *data;
    void (*cb)(struct ev_loop *loop, struct ev_async *w, int revents);
    EV_ATOMIC_T sent;
} ev_async;
void ev_async_start(struct ev_loop *loop, ev_async *w);
void ev_async_send(struct ev_loop *loop, ev_async *w);
int ev_async_pending_count(struct ev_loop *loop);
//--- v1
#include "ev.h"
struct ev_loop { ev_async *asyncs[32]; int nasync; int async_pending; };
void ev_async_start(struct ev_loop *loop, ev_async *w) { if (w->active || loop->nasync == 32) return; w->sent = 0; w->active = 1; loop->asyncs[loop->nasync++] = w; }
void ev_async_send(struct ev_loop *loop, ev_async *w) { w->sent = 1; if (!loop->async_pending) loop->async_pending = 1; }
int ev_async_pending_count(struct ev_loop *loop) { int n = 0; for (int i = 0; i < loop->nasync; i++) n += loop->asyncs[i]->sent; return n; }
//--- v2
#include "ev.h"
struct ev_loop { ev_async *asyncs[32]; int nasync; int async_pending; };
void ev_async_start(struct ev_loop *loop, ev_async *w) { if (w->active || loop->nasync == 32) return; w->sent = 0; w->active = 1; loop->asyncs[loop->nasync++] = w; }
void ev_async_send(struct ev_loop *loop, ev_async *w) { w->sent = 1; if (!loop->async_pending) loop->async_pending = 1; }
int ev_async_pending_count(struct ev_loop *loop) { int n = 0; for (int i = 0; i < loop->nasync; i++) n += loop->asyncs[i]->sent; return n; }
