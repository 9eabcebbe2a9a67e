// expect: breaking
// why: systemd 221 dropped the leading sd_bus *bus argument from sd_bus_message_handler_t. The library now
// why: calls handlers as (m, userdata, ret_error); handlers compiled for (bus, m, userdata, ret_error) read the
// why: message as their bus, userdata as the message and ret_error as userdata.
// abidiff: 4 agree
//--- v1/sd-bus.h
typedef struct sd_bus sd_bus;
typedef struct sd_bus_message sd_bus_message;
typedef struct sd_bus_slot sd_bus_slot;
typedef struct sd_bus_error { const char *name; const char *message; int _need_free; } sd_bus_error;
typedef int (*sd_bus_message_handler_t)(sd_bus *bus, sd_bus_message *m, void *userdata, sd_bus_error *ret_error);
int sd_bus_open_user(sd_bus **ret);
int sd_bus_add_match(sd_bus *bus, sd_bus_slot **slot, const char *match, sd_bus_message_handler_t callback, void *userdata);
int sd_bus_process(sd_bus *bus, sd_bus_message **r);
//--- v2/sd-bus.h
typedef struct sd_bus sd_bus;
typedef struct sd_bus_message sd_bus_message;
typedef struct sd_bus_slot sd_bus_slot;
typedef struct sd_bus_error { const char *name; const char *message; int _need_free; } sd_bus_error;
typedef int (*sd_bus_message_handler_t)(sd_bus_message *m, void *userdata, sd_bus_error *ret_error);
int sd_bus_open_user(sd_bus **ret);
int sd_bus_add_match(sd_bus *bus, sd_bus_slot **slot, const char *match, sd_bus_message_handler_t callback, void *userdata);
int sd_bus_process(sd_bus *bus, sd_bus_message **r);
//--- v1
#include <stdlib.h>
#include "sd-bus.h"
struct sd_bus { sd_bus_message_handler_t cb; void *userdata; const char *match; };
struct sd_bus_message { int type; };
int sd_bus_open_user(sd_bus **ret) { *ret = calloc(1, sizeof **ret); return *ret ? 0 : -12; }
int sd_bus_add_match(sd_bus *bus, sd_bus_slot **slot, const char *match, sd_bus_message_handler_t callback, void *userdata) {
  if (slot) *slot = NULL;
  bus->cb = callback; bus->userdata = userdata; bus->match = match; return 0;
}
int sd_bus_process(sd_bus *bus, sd_bus_message **r) {
  static sd_bus_message m = { 4 };
  sd_bus_error e = { 0, 0, 0 };
  if (r) *r = &m;
  return bus->cb ? bus->cb(bus, &m, bus->userdata, &e) : 0;
}
//--- v2
#include <stdlib.h>
#include "sd-bus.h"
struct sd_bus { sd_bus_message_handler_t cb; void *userdata; const char *match; };
struct sd_bus_message { int type; };
int sd_bus_open_user(sd_bus **ret) { *ret = calloc(1, sizeof **ret); return *ret ? 0 : -12; }
int sd_bus_add_match(sd_bus *bus, sd_bus_slot **slot, const char *match, sd_bus_message_handler_t callback, void *userdata) {
  if (slot) *slot = NULL;
  bus->cb = callback; bus->userdata = userdata; bus->match = match; return 0;
}
int sd_bus_process(sd_bus *bus, sd_bus_message **r) {
  static sd_bus_message m = { 4 };
  sd_bus_error e = { 0, 0, 0 };
  if (r) *r = &m;
  return bus->cb ? bus->cb(&m, bus->userdata, &e) : 0;
}
