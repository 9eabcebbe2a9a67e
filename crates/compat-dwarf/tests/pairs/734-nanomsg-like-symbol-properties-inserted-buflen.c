// expect: breaking
// why: the shape of 698 (nn_symbol_info(i, buf, int buflen) copies at most the caller's sizeof), but v2 inserts
// why: const char *unit after name instead of appending it: the prefix an old caller receives is the v2 layout's
// why: first 24 bytes, so ns and type move from 16 and 20 to 24 and 28 and old callers read the unit pointer's
// why: bytes as ns and type. The size argument protects only growth at the end. The other side of 698.
// abidiff: 4 agree
//--- v1/nn.h
struct nn_symbol_properties { int value; const char *name; int ns; int type; };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen);
//--- v2/nn.h
struct nn_symbol_properties { int value; const char *name; const char *unit; int ns; int type; };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen);
//--- v1
#include <string.h>
#include "nn.h"
static const struct nn_symbol_properties syms[] = { { 1, "NN_PAIR", 2, 0 }, { 16, "NN_PUB", 2, 0 }, { 17, "NN_SUB", 2, 0 } };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen) { if (i < 0 || i >= 3 || buflen < 0) return 0; int n = buflen < (int)sizeof syms[i] ? buflen : (int)sizeof syms[i]; memcpy(buf, &syms[i], (size_t)n); return n; }
//--- v2
#include <string.h>
#include "nn.h"
static const struct nn_symbol_properties syms[] = { { 1, "NN_PAIR", 0, 2, 0 }, { 16, "NN_PUB", 0, 2, 0 }, { 17, "NN_SUB", 0, 2, 0 } };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen) { if (i < 0 || i >= 3 || buflen < 0) return 0; int n = buflen < (int)sizeof syms[i] ? buflen : (int)sizeof syms[i]; memcpy(buf, &syms[i], (size_t)n); return n; }
