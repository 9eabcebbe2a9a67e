// expect: breaking
// why: hooks_install takes an input array of struct hook, each a callback with its user data, that callers
// why: fill; v2 puts ud before fn, so the library calls old callers' user-data pointers as code.
// abidiff: 4 agree
//--- v1/hook.h
struct hook { void (*fn)(void *ud, int event); void *ud; };
int hooks_install(const struct hook *hooks, int n);
void hooks_fire(int event);
//--- v2/hook.h
struct hook { void *ud; void (*fn)(void *ud, int event); };
int hooks_install(const struct hook *hooks, int n);
void hooks_fire(int event);
//--- lib.c
#include "hook.h"
static const struct hook *tab;
static int ntab;
int hooks_install(const struct hook *hooks, int n) { tab = hooks; ntab = n; return 0; }
void hooks_fire(int event) { for (int i = 0; i < ntab; i++) tab[i].fn(tab[i].ud, event); }
