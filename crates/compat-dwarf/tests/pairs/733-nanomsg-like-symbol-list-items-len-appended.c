// expect: breaking
// why: nn_symbol_list(items, items_len) fills the caller's array of struct nn_symbol_entry with up to items_len
// why: entries: items_len counts elements (a plural pointer and its length), not the bytes of one struct. v2
// why: appends int unit (16 to 24 bytes), so the library writes each entry at a 24-byte stride into an array old
// why: callers sized at 16 bytes an entry: it writes past the end of their array. The other side of 698.
// abidiff: 4 agree
//--- v1/nn.h
struct nn_symbol_entry { int value; int ns; const char *name; };
int nn_symbol_list(struct nn_symbol_entry *items, int items_len);
//--- v2/nn.h
struct nn_symbol_entry { int value; int ns; const char *name; int unit; };
int nn_symbol_list(struct nn_symbol_entry *items, int items_len);
//--- v1
#include "nn.h"
static const struct nn_symbol_entry syms[] = { { 1, 2, "NN_PAIR" }, { 16, 2, "NN_PUB" }, { 17, 2, "NN_SUB" } };
int nn_symbol_list(struct nn_symbol_entry *items, int items_len) { int n = 0; for (; n < items_len && n < 3; n++) items[n] = syms[n]; return n; }
//--- v2
#include "nn.h"
static const struct nn_symbol_entry syms[] = { { 1, 2, "NN_PAIR", 0 }, { 16, 2, "NN_PUB", 0 }, { 17, 2, "NN_SUB", 0 } };
int nn_symbol_list(struct nn_symbol_entry *items, int items_len) { int n = 0; for (; n < items_len && n < 3; n++) items[n] = syms[n]; return n; }
