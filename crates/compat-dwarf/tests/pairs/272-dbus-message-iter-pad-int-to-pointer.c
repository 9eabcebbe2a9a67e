// expect: info
// why: DBusMessageIter, allocated by callers on the stack, turns its unused padding member int pad2 into void
// why: *pad2. pad2 stays at byte 56 and grows into the 4 alignment bytes before pad3 (byte 64): the struct keeps
// why: its 72 bytes and every offset, and no code reads or writes pad2. A reserved member widened in place
// why: without moving anything: an API detail.
// abidiff: 4 disagree: abidiff reports pad2 changed from int to void * (32 to 64 bits); it grows into the alignment gap before pad3, nothing moves and nothing reads it.
//--- v1/dbus-message.h
typedef unsigned int dbus_uint32_t;
typedef struct DBusMessage DBusMessage;
typedef struct DBusMessageIter {
  void *dummy1;
  void *dummy2;
  dbus_uint32_t dummy3;
  int dummy4, dummy5, dummy6, dummy7, dummy8, dummy9, dummy10, dummy11;
  int pad1;
  int pad2;
  void *pad3;
} DBusMessageIter;
DBusMessage *dbus_message_new_signal(const char *path, const char *iface, const char *name);
int dbus_message_iter_init(DBusMessage *message, DBusMessageIter *iter);
int dbus_message_iter_get_arg_type(DBusMessageIter *iter);
//--- v2/dbus-message.h
typedef unsigned int dbus_uint32_t;
typedef struct DBusMessage DBusMessage;
typedef struct DBusMessageIter {
  void *dummy1;
  void *dummy2;
  dbus_uint32_t dummy3;
  int dummy4, dummy5, dummy6, dummy7, dummy8, dummy9, dummy10, dummy11;
  int pad1;
  void *pad2;
  void *pad3;
} DBusMessageIter;
DBusMessage *dbus_message_new_signal(const char *path, const char *iface, const char *name);
int dbus_message_iter_init(DBusMessage *message, DBusMessageIter *iter);
int dbus_message_iter_get_arg_type(DBusMessageIter *iter);
//--- lib.c
#include <stdlib.h>
#include "dbus-message.h"
struct DBusMessage { const char *path, *iface, *name; int type; };
DBusMessage *dbus_message_new_signal(const char *path, const char *iface, const char *name) {
  DBusMessage *m = calloc(1, sizeof *m);
  if (m) { m->path = path; m->iface = iface; m->name = name; m->type = 4; }
  return m;
}
int dbus_message_iter_init(DBusMessage *message, DBusMessageIter *iter) {
  iter->dummy1 = message; iter->dummy2 = 0; iter->dummy3 = 1;
  iter->dummy4 = iter->dummy5 = iter->dummy6 = iter->dummy7 = 0;
  iter->dummy8 = iter->dummy9 = iter->dummy10 = iter->dummy11 = 0;
  return message->name != 0;
}
int dbus_message_iter_get_arg_type(DBusMessageIter *iter) { return iter->dummy3 ? 's' : 0; }
