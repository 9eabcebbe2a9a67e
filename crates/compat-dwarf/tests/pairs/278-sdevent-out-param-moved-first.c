// expect: breaking
// why: systemd 213 moved sd_event_add_time's sd_event_source **s from last to second parameter: old callers
// why: pass (e, clock, usec, accuracy, callback, userdata, s), so v2 takes the clock id as the out-pointer and
// why: writes through it, and every later argument shifts by one register.
// abidiff: 4 agree
//--- v1/sd-event.h
#include <stdint.h>
#include <time.h>
typedef struct sd_event sd_event;
typedef struct sd_event_source sd_event_source;
typedef int (*sd_event_time_handler_t)(sd_event_source *s, uint64_t usec, void *userdata);
int sd_event_new(sd_event **e);
int sd_event_add_time(sd_event *e, clockid_t clock, uint64_t usec, uint64_t accuracy, sd_event_time_handler_t callback, void *userdata, sd_event_source **s);
//--- v2/sd-event.h
#include <stdint.h>
#include <time.h>
typedef struct sd_event sd_event;
typedef struct sd_event_source sd_event_source;
typedef int (*sd_event_time_handler_t)(sd_event_source *s, uint64_t usec, void *userdata);
int sd_event_new(sd_event **e);
int sd_event_add_time(sd_event *e, sd_event_source **s, clockid_t clock, uint64_t usec, uint64_t accuracy, sd_event_time_handler_t callback, void *userdata);
//--- v1
#include <stdlib.h>
#include "sd-event.h"
struct sd_event { int n_sources; };
struct sd_event_source { sd_event *e; clockid_t clock; uint64_t usec, accuracy; sd_event_time_handler_t cb; void *userdata; };
int sd_event_new(sd_event **e) { *e = calloc(1, sizeof **e); return *e ? 0 : -12; }
int sd_event_add_time(sd_event *e, clockid_t clock, uint64_t usec, uint64_t accuracy, sd_event_time_handler_t callback, void *userdata, sd_event_source **s) {
  sd_event_source *src = calloc(1, sizeof *src);
  if (!src) return -12;
  src->e = e; src->clock = clock; src->usec = usec; src->accuracy = accuracy; src->cb = callback; src->userdata = userdata;
  e->n_sources++;
  if (s) *s = src;
  return 0;
}
//--- v2
#include <stdlib.h>
#include "sd-event.h"
struct sd_event { int n_sources; };
struct sd_event_source { sd_event *e; clockid_t clock; uint64_t usec, accuracy; sd_event_time_handler_t cb; void *userdata; };
int sd_event_new(sd_event **e) { *e = calloc(1, sizeof **e); return *e ? 0 : -12; }
int sd_event_add_time(sd_event *e, sd_event_source **s, clockid_t clock, uint64_t usec, uint64_t accuracy, sd_event_time_handler_t callback, void *userdata) {
  sd_event_source *src = calloc(1, sizeof *src);
  if (!src) return -12;
  src->e = e; src->clock = clock; src->usec = usec; src->accuracy = accuracy; src->cb = callback; src->userdata = userdata;
  e->n_sources++;
  if (s) *s = src;
  return 0;
}
