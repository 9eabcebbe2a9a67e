// expect: none
// why: struct timer's definition moves from lib.c into the header with the same members: the type and
// why: every function are the same for existing binaries (only later changes would be judged differently).
// abidiff: 0 agree
//--- v1/timer.h
struct timer;
struct timer *timer_new(int ms);
int timer_ms(const struct timer *t);
//--- v2/timer.h
struct timer { int ms; int armed; };
struct timer *timer_new(int ms);
int timer_ms(const struct timer *t);
//--- v1
#include <stdlib.h>
#include "timer.h"
struct timer { int ms; int armed; };
struct timer *timer_new(int ms) { struct timer *t = calloc(1, sizeof *t); if (t) t->ms = ms; return t; }
int timer_ms(const struct timer *t) { return t->armed ? t->ms : 0; }
//--- v2
#include <stdlib.h>
#include "timer.h"
struct timer *timer_new(int ms) { struct timer *t = calloc(1, sizeof *t); if (t) t->ms = ms; return t; }
int timer_ms(const struct timer *t) { return t->armed ? t->ms : 0; }
