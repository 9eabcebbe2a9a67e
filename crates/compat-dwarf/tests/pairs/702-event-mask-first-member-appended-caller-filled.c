// expect: breaking
// why: the other side of 672: struct watch_opts is filled by callers and handed to watch_add (nothing hands one
// why: out); its first member event_mask says which events to report, not which members the caller set. v2
// why: appends int max_batch, which watch_add reads whatever the mask holds: old callers' 16-byte structs are read
// why: past their end.
// abidiff: 4 agree
//--- v1/watch.h
#include <stdint.h>
struct watch_opts { uint32_t event_mask; int recursive; const char *filter; };
int watch_add(const char *path, const struct watch_opts *opts);
//--- v2/watch.h
#include <stdint.h>
struct watch_opts { uint32_t event_mask; int recursive; const char *filter; int max_batch; };
int watch_add(const char *path, const struct watch_opts *opts);
//--- v1
#include "watch.h"
int watch_add(const char *path, const struct watch_opts *o) { if (!path || !o) return -1; return (int)(o->event_mask & 0xff) + o->recursive + (o->filter ? 1 : 0); }
//--- v2
#include "watch.h"
int watch_add(const char *path, const struct watch_opts *o) { if (!path || !o) return -1; int batch = o->max_batch > 0 ? o->max_batch : 64; return (int)(o->event_mask & 0xff) + o->recursive + (o->filter ? 1 : 0) + batch; }
