// expect: info
// why: ALLEGRO_EVENT is a union of event structs that share a header (type, source, timestamp); callers allocate one
// why: (ALLEGRO_EVENT ev; al_wait_for_event(queue, &ev);) and the library writes the event into it. Allegro 5.1
// why: adds ALLEGRO_TOUCH_EVENT as a new variant of 56 bytes; the largest variant, the 72-byte mouse event, is
// why: unchanged, so the union keeps its size and alignment and every old variant its offsets. Old callers never
// why: see the new event type unless they registered the touch input source, which did not exist for them.
// abidiff: 0 agree
//--- v1/allegro.h
#include <stdbool.h>
typedef unsigned int ALLEGRO_EVENT_TYPE;
typedef struct ALLEGRO_EVENT_QUEUE ALLEGRO_EVENT_QUEUE;
typedef struct ALLEGRO_DISPLAY ALLEGRO_DISPLAY;
#define _AL_EVENT_HEADER(srctype) ALLEGRO_EVENT_TYPE type; srctype *source; double timestamp;
typedef struct ALLEGRO_ANY_EVENT { _AL_EVENT_HEADER(void) } ALLEGRO_ANY_EVENT;
typedef struct ALLEGRO_DISPLAY_EVENT { _AL_EVENT_HEADER(ALLEGRO_DISPLAY) int x, y; int width, height; int orientation; } ALLEGRO_DISPLAY_EVENT;
typedef struct ALLEGRO_KEYBOARD_EVENT { _AL_EVENT_HEADER(void) ALLEGRO_DISPLAY *display; int keycode; int unichar; unsigned int modifiers; bool repeat; } ALLEGRO_KEYBOARD_EVENT;
typedef struct ALLEGRO_MOUSE_EVENT { _AL_EVENT_HEADER(void) ALLEGRO_DISPLAY *display; int x, y, z, w; int dx, dy, dz, dw; unsigned int button; float pressure; } ALLEGRO_MOUSE_EVENT;
typedef union ALLEGRO_EVENT {
    ALLEGRO_EVENT_TYPE type;
    ALLEGRO_ANY_EVENT any;
    ALLEGRO_DISPLAY_EVENT display;
    ALLEGRO_KEYBOARD_EVENT keyboard;
    ALLEGRO_MOUSE_EVENT mouse;
} ALLEGRO_EVENT;
ALLEGRO_EVENT_QUEUE *al_create_event_queue(void);
void al_destroy_event_queue(ALLEGRO_EVENT_QUEUE *queue);
void al_wait_for_event(ALLEGRO_EVENT_QUEUE *queue, ALLEGRO_EVENT *ret_event);
bool al_get_next_event(ALLEGRO_EVENT_QUEUE *queue, ALLEGRO_EVENT *ret_event);
//--- v2/allegro.h
#include <stdbool.h>
typedef unsigned int ALLEGRO_EVENT_TYPE;
typedef struct ALLEGRO_EVENT_QUEUE ALLEGRO_EVENT_QUEUE;
typedef struct ALLEGRO_DISPLAY ALLEGRO_DISPLAY;
#define _AL_EVENT_HEADER(srctype) ALLEGRO_EVENT_TYPE type; srctype *source; double timestamp;
typedef struct ALLEGRO_ANY_EVENT { _AL_EVENT_HEADER(void) } ALLEGRO_ANY_EVENT;
typedef struct ALLEGRO_DISPLAY_EVENT { _AL_EVENT_HEADER(ALLEGRO_DISPLAY) int x, y; int width, height; int orientation; } ALLEGRO_DISPLAY_EVENT;
typedef struct ALLEGRO_KEYBOARD_EVENT { _AL_EVENT_HEADER(void) ALLEGRO_DISPLAY *display; int keycode; int unichar; unsigned int modifiers; bool repeat; } ALLEGRO_KEYBOARD_EVENT;
typedef struct ALLEGRO_MOUSE_EVENT { _AL_EVENT_HEADER(void) ALLEGRO_DISPLAY *display; int x, y, z, w; int dx, dy, dz, dw; unsigned int button; float pressure; } ALLEGRO_MOUSE_EVENT;
typedef struct ALLEGRO_TOUCH_EVENT { _AL_EVENT_HEADER(void) ALLEGRO_DISPLAY *display; int id; float x, y; float dx, dy; bool primary; } ALLEGRO_TOUCH_EVENT;
typedef union ALLEGRO_EVENT {
    ALLEGRO_EVENT_TYPE type;
    ALLEGRO_ANY_EVENT any;
    ALLEGRO_DISPLAY_EVENT display;
    ALLEGRO_KEYBOARD_EVENT keyboard;
    ALLEGRO_MOUSE_EVENT mouse;
    ALLEGRO_TOUCH_EVENT touch;
} ALLEGRO_EVENT;
ALLEGRO_EVENT_QUEUE *al_create_event_queue(void);
void al_destroy_event_queue(ALLEGRO_EVENT_QUEUE *queue);
void al_wait_for_event(ALLEGRO_EVENT_QUEUE *queue, ALLEGRO_EVENT *ret_event);
bool al_get_next_event(ALLEGRO_EVENT_QUEUE *queue, ALLEGRO_EVENT *ret_event);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "allegro.h"
struct ALLEGRO_EVENT_QUEUE { ALLEGRO_EVENT events[32]; unsigned head, tail; };
ALLEGRO_EVENT_QUEUE *al_create_event_queue(void) { return calloc(1, sizeof(ALLEGRO_EVENT_QUEUE)); }
void al_destroy_event_queue(ALLEGRO_EVENT_QUEUE *queue) { free(queue); }
bool al_get_next_event(ALLEGRO_EVENT_QUEUE *q, ALLEGRO_EVENT *ret_event) {
    if (q->head == q->tail) return false;
    memcpy(ret_event, &q->events[q->head++ % 32], sizeof *ret_event);
    return true;
}
void al_wait_for_event(ALLEGRO_EVENT_QUEUE *q, ALLEGRO_EVENT *ret_event) {
    if (!al_get_next_event(q, ret_event)) { memset(ret_event, 0, sizeof *ret_event); ret_event->any.type = 30; }
}
