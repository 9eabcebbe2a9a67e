// expect: warning
// why: struct ui_ev is defined with its members in the public header and only handed out (ui_next_event returns a
// why: pointer into the library's queue); its anonymous union gains a text variant of 40 bytes, so the union grows from
// why: 12 to 40 bytes and the struct from 16 to 44. Consumers that read ev->key compiled against v1 still find it at
// why: byte 8, but those that copy events (*ev) copy 16 bytes of 44: breaking if the members are public, so a warning
// why: naming what decides it.
// abidiff: 4 agree
//--- v1/ui.h
struct ui_ev { int type; union { struct { int code; int mods; } key; struct { int x, y, buttons; } mouse; }; };
const struct ui_ev *ui_next_event(void);
void ui_push_key(int code);
//--- v2/ui.h
struct ui_ev { int type; union { struct { int code; int mods; } key; struct { int x, y, buttons; } mouse; char text[40]; }; };
const struct ui_ev *ui_next_event(void);
void ui_push_key(int code);
//--- v1
#include "ui.h"
static struct ui_ev q[8]; static unsigned head, tail;
const struct ui_ev *ui_next_event(void) { return head == tail ? 0 : &q[head++ % 8]; }
void ui_push_key(int code) { struct ui_ev *e = &q[tail++ % 8]; e->type = 1; e->key.code = code; e->key.mods = 0; }
//--- v2
#include <string.h>
#include "ui.h"
static struct ui_ev q[8]; static unsigned head, tail;
const struct ui_ev *ui_next_event(void) { return head == tail ? 0 : &q[head++ % 8]; }
void ui_push_key(int code) { struct ui_ev *e = &q[tail++ % 8]; e->type = 1; e->key.code = code; e->key.mods = 0; memset(e->text + 8, 0, 32); }
