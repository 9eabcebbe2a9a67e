// expect: breaking
// why: sum_items takes struct item *const *: an array of pointers to items the caller allocates and
// why: fills (no export hands an item out); a member inserted before price moves it.
// abidiff: 4 agree
//--- v1/item.h
struct item { int qty; int price; };
long sum_items(struct item *const *items, int n);
//--- v2/item.h
struct item { int qty; int discount; int price; };
long sum_items(struct item *const *items, int n);
//--- v1
#include "item.h"
long sum_items(struct item *const *items, int n) { long t = 0; for (int i = 0; i < n; i++) t += items[i]->qty * items[i]->price; return t; }
//--- v2
#include "item.h"
long sum_items(struct item *const *items, int n) { long t = 0; for (int i = 0; i < n; i++) t += items[i]->qty * items[i]->price; return t; }
