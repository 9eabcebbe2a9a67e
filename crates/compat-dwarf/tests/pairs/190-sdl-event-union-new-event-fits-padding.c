// expect: info
// why: union sdl_event (SDL_Event) is caller-allocated (sdl_poll_event fills the caller's union) and padded to
// why: 56 bytes so that new event kinds fit: v2 adds struct touch_event (36 bytes, 4-byte aligned), which fits
// why: the padding, so the union keeps its size, alignment and the layout of every existing event.
// abidiff: 0 agree
//--- v1/events.h
#include <stdint.h>
struct key_event { uint32_t type; uint32_t timestamp; int32_t scancode; int32_t sym; uint16_t mod; uint8_t state; };
struct motion_event { uint32_t type; uint32_t timestamp; int32_t x, y, xrel, yrel; };
union sdl_event { uint32_t type; struct key_event key; struct motion_event motion; uint8_t padding[56]; };
int sdl_poll_event(union sdl_event *ev);
//--- v2/events.h
#include <stdint.h>
struct key_event { uint32_t type; uint32_t timestamp; int32_t scancode; int32_t sym; uint16_t mod; uint8_t state; };
struct motion_event { uint32_t type; uint32_t timestamp; int32_t x, y, xrel, yrel; };
struct touch_event { uint32_t type; uint32_t timestamp; int32_t touch_id, finger_id; float x, y, dx, dy, pressure; };
union sdl_event { uint32_t type; struct key_event key; struct motion_event motion; struct touch_event tfinger;
                  uint8_t padding[56]; };
int sdl_poll_event(union sdl_event *ev);
//--- lib.c
#include "events.h"
static uint32_t ticks;
int sdl_poll_event(union sdl_event *ev)
{
    ev->key.type = 0x300; ev->key.timestamp = ++ticks; ev->key.scancode = 4; ev->key.sym = 'a';
    ev->key.mod = 0; ev->key.state = 1;
    return 1;
}
