// expect: none
// why: struct ui_event is returned by value from ui_poll (an anonymous union of variants after a type tag). v2
// why: spells the variants' members through the library's typedefs (Uint32, Sint32, and ui_coord_t, a typedef of
// why: Sint32, itself of int32_t) inside the anonymous union, in arrays and two and three typedefs deep: every member has the
// why: same base type, size and offset, and the event keeps its 24 bytes and classification.
// abidiff: 0 agree
//--- v1/ui.h
struct ui_event {
  unsigned int type;
  union {
    struct { unsigned int timestamp; int x, y; } motion;
    struct { unsigned int timestamp; int key; unsigned int mod; } key;
    struct { unsigned int timestamp; int pos[2]; int size[2]; } window;
  };
};
struct ui_event ui_poll(int n);
//--- v2/ui.h
#include <stdint.h>
typedef uint32_t Uint32;
typedef int32_t Sint32;
typedef Sint32 ui_coord_t;
struct ui_event {
  Uint32 type;
  union {
    struct { Uint32 timestamp; ui_coord_t x, y; } motion;
    struct { Uint32 timestamp; Sint32 key; Uint32 mod; } key;
    struct { Uint32 timestamp; ui_coord_t pos[2]; Sint32 size[2]; } window;
  };
};
struct ui_event ui_poll(int n);
//--- v1
#include "ui.h"
struct ui_event ui_poll(int n) {
  struct ui_event e = { 0 };
  e.type = (unsigned)n % 3;
  if (e.type == 0) { e.motion.x = n; e.motion.y = -n; }
  else if (e.type == 1) { e.key.key = 'a' + n; e.key.mod = 0; }
  else { e.window.size[0] = 640; e.window.size[1] = 480; }
  return e;
}
//--- v2
#include "ui.h"
struct ui_event ui_poll(int n) {
  struct ui_event e = { 0 };
  e.type = (Uint32)n % 3;
  if (e.type == 0) { e.motion.x = n; e.motion.y = -n; }
  else if (e.type == 1) { e.key.key = 'a' + n; e.key.mod = 0; }
  else { e.window.size[0] = 640; e.window.size[1] = 480; }
  return e;
}
