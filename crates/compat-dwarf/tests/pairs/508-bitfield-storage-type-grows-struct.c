// expect: breaking
// why: The other side of 492: struct led_state holds only bit-fields and is caller-allocated (led_apply takes
// why: a pointer and nothing hands one out). Declared over unsigned char it is 1 byte; v2 declares the same
// why: fields over unsigned int, and the struct becomes 4 bytes with 4-byte alignment, so the library reads
// why: three bytes past an old caller's object. The bits keep their places, but the object does not keep its size.
// abidiff: 4 agree
//--- v1/led.h
struct led_state { unsigned char on : 1; unsigned char blink : 1; unsigned char level : 6; };
int led_apply(int pin, const struct led_state *s);
//--- v2/led.h
struct led_state { unsigned int on : 1; unsigned int blink : 1; unsigned int level : 6; };
int led_apply(int pin, const struct led_state *s);
//--- v1
#include "led.h"
int led_apply(int pin, const struct led_state *s) { return pin < 0 ? -1 : (s->on ? s->level : 0) + (s->blink ? 64 : 0); }
//--- v2
#include "led.h"
int led_apply(int pin, const struct led_state *s) { return pin < 0 ? -1 : (s->on ? s->level : 0) + (s->blink ? 64 : 0); }
