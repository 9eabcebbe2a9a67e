// expect: breaking
// why: GPollFD's fd widens from gint to gint64 (as GLib did for Win64 handles): the struct grows from 8 to 16
// why: bytes and events/revents move from bytes 4/6 to 8/10. Callers allocate the GPollFD arrays they pass to
// why: g_main_context_query and g_main_context_check, so the library indexes them with the wrong stride.
// abidiff: 4 agree
//--- v1/gmain.h
typedef int gint;
typedef unsigned short gushort;
typedef struct _GMainContext GMainContext;
typedef struct _GPollFD { gint fd; gushort events; gushort revents; } GPollFD;
GMainContext *g_main_context_new(void);
gint g_main_context_query(GMainContext *context, gint max_priority, gint *timeout_, GPollFD *fds, gint n_fds);
gint g_main_context_check(GMainContext *context, gint max_priority, GPollFD *fds, gint n_fds);
//--- v2/gmain.h
typedef int gint;
typedef long gint64;
typedef unsigned short gushort;
typedef struct _GMainContext GMainContext;
typedef struct _GPollFD { gint64 fd; gushort events; gushort revents; } GPollFD;
GMainContext *g_main_context_new(void);
gint g_main_context_query(GMainContext *context, gint max_priority, gint *timeout_, GPollFD *fds, gint n_fds);
gint g_main_context_check(GMainContext *context, gint max_priority, GPollFD *fds, gint n_fds);
//--- lib.c
#include <stdlib.h>
#include "gmain.h"
struct _GMainContext { gint n; gint fds[4]; };
GMainContext *g_main_context_new(void) { GMainContext *c = calloc(1, sizeof *c); if (c) { c->n = 1; c->fds[0] = 3; } return c; }
gint g_main_context_query(GMainContext *context, gint max_priority, gint *timeout_, GPollFD *fds, gint n_fds) {
  (void)max_priority;
  if (timeout_) *timeout_ = -1;
  for (gint i = 0; i < context->n && i < n_fds; i++) { fds[i].fd = context->fds[i]; fds[i].events = 1; fds[i].revents = 0; }
  return context->n;
}
gint g_main_context_check(GMainContext *context, gint max_priority, GPollFD *fds, gint n_fds) {
  (void)max_priority; gint ready = 0;
  for (gint i = 0; i < context->n && i < n_fds; i++) ready |= fds[i].revents != 0;
  return ready;
}
