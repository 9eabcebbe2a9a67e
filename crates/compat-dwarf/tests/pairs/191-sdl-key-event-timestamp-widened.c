// expect: breaking
// why: As SDL3 did: key_event's timestamp goes from uint32_t to uint64_t. The caller-allocated union sdl_event
// why: keeps its 56 bytes (padding), but inside the key event scancode, sym, mod and state move from bytes
// why: 8-17 to 16-25 (and the union's alignment goes to 8): old consumers read the keys the library now
// why: writes at other offsets.
// abidiff: 4 agree
//--- v1/events.h
#include <stdint.h>
struct key_event { uint32_t type; uint32_t timestamp; int32_t scancode; int32_t sym; uint16_t mod; uint8_t state; };
union sdl_event { uint32_t type; struct key_event key; uint8_t padding[56]; };
int sdl_poll_event(union sdl_event *ev);
//--- v2/events.h
#include <stdint.h>
struct key_event { uint32_t type; uint64_t timestamp; int32_t scancode; int32_t sym; uint16_t mod; uint8_t state; };
union sdl_event { uint32_t type; struct key_event key; uint8_t padding[56]; };
int sdl_poll_event(union sdl_event *ev);
//--- lib.c
#include "events.h"
static unsigned ticks;
int sdl_poll_event(union sdl_event *ev)
{
    ev->key.type = 0x300; ev->key.timestamp = ++ticks; ev->key.scancode = 4; ev->key.sym = 'a';
    ev->key.mod = 0; ev->key.state = 1;
    return 1;
}
