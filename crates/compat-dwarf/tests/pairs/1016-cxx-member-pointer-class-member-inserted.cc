// expect: breaking
// why: Counter is created by counter_new and read with counter_get(c, &Counter::hits): consumers compute the offset
// why: of the member they select themselves, so Counter's layout is compiled into them through the pointer to member.
// why: v2 inserts misses before hits: a consumer's &Counter::hits (offset 0) now selects misses.
// abidiff: 4 agree
//--- v1/c.h
struct Counter { long hits; long total; };
Counter *counter_new();
long counter_get(const Counter *c, long Counter::*field);
//--- v2/c.h
struct Counter { long misses; long hits; long total; };
Counter *counter_new();
long counter_get(const Counter *c, long Counter::*field);
//--- v1
#include "c.h"
Counter *counter_new() { return new Counter(); }
long counter_get(const Counter *c, long Counter::*field) { return c->*field; }
//--- v2
#include "c.h"
Counter *counter_new() { return new Counter(); }
long counter_get(const Counter *c, long Counter::*field) { return c->*field; }
