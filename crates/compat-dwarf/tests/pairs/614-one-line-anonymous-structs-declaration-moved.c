// expect: none
// why: The other side of round 15's fix for 581 (anonymous types declared on one line are told apart by
// why: their column): v2 only adds a comment line before the one-line declaration of struct ui_msg, whose union
// why: holds three anonymous structs, so every anonymous type moves to the next line and nothing else changes.
// abidiff: 0 agree
//--- v1/msg.h
typedef struct ui_msg { int type; union { struct { int code; } key; struct { float x; } pos; struct { long long t; } time; } u; } ui_msg;
typedef void (*ui_cb)(const ui_msg *m, void *user);
int ui_attach(ui_cb cb, void *user);
void ui_emit_pos(float x);
//--- v2/msg.h
/* messages the library passes to callbacks */
typedef struct ui_msg { int type; union { struct { int code; } key; struct { float x; } pos; struct { long long t; } time; } u; } ui_msg;
typedef void (*ui_cb)(const ui_msg *m, void *user);
int ui_attach(ui_cb cb, void *user);
void ui_emit_pos(float x);
//--- lib.c
#include "msg.h"
static ui_cb cb; static void *cb_user;
int ui_attach(ui_cb f, void *user) { cb = f; cb_user = user; return 0; }
void ui_emit_pos(float x) { ui_msg m = { 0 }; m.type = 2; m.u.pos.x = x; if (cb) cb(&m, cb_user); }
