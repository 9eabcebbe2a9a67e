// expect: breaking
// why: sum_of's third parameter goes from int Item::* to long Item::*: the pointee type is part of the mangled name
// why: (_Z6sum_ofPK4ItemmMS_i becomes ..._l), so consumers built against v1 reference a symbol v2 no longer defines.
// abidiff: 12 agree
// message: sum_of(Item const*, unsigned long, int Item::*)
//--- v1/s.h
struct Item { long weight; int price; };
long sum_of(const Item *items, unsigned long n, int Item::*field);
//--- v2/s.h
struct Item { long weight; int price; };
long sum_of(const Item *items, unsigned long n, long Item::*field);
//--- v1
#include "s.h"
long sum_of(const Item *items, unsigned long n, int Item::*field) { long s = 0; for (unsigned long i = 0; i < n; i++) s += items[i].*field; return s; }
//--- v2
#include "s.h"
long sum_of(const Item *items, unsigned long n, long Item::*field) { long s = 0; for (unsigned long i = 0; i < n; i++) s += items[i].*field; return s; }
