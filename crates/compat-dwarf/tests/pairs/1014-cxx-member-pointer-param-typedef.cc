// expect: none
// why: sum_of's third parameter is int Item::* in v1 and weight_t Item::* in v2, weight_t a typedef of int: the same
// why: type, the same mangled name (_Z6sum_ofPK4ItemmMS_i), the same offsets selected. Nothing changes.
// abidiff: 0 agree
//--- v1/s.h
struct Item { int weight; int price; };
long sum_of(const Item *items, unsigned long n, int Item::*field);
//--- v2/s.h
typedef int weight_t;
struct Item { weight_t weight; int price; };
long sum_of(const Item *items, unsigned long n, weight_t Item::*field);
//--- v1
#include "s.h"
long sum_of(const Item *items, unsigned long n, int Item::*field) { long s = 0; for (unsigned long i = 0; i < n; i++) s += items[i].*field; return s; }
//--- v2
#include "s.h"
long sum_of(const Item *items, unsigned long n, weight_t Item::*field) { long s = 0; for (unsigned long i = 0; i < n; i++) s += items[i].*field; return s; }
