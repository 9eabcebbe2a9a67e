// expect: info
// why: struct nn_symbol_properties is filled into caller storage by nn_symbol_info(i, buf, buflen), and the caller
// why: passes sizeof its own struct as buflen; the library copies at most buflen bytes. v2 appends int unit: old
// why: callers pass 20 and receive the v1 prefix, never written past its end: the extensible-struct convention with
// why: the size in the parameter after the pointer (as in 463).
// abidiff: 4 disagree: abidiff reports the member appended; the library writes only the buflen bytes the caller's sizeof names.
//--- v1/nn.h
struct nn_symbol_properties { int value; const char *name; int ns; int type; };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen);
//--- v2/nn.h
struct nn_symbol_properties { int value; const char *name; int ns; int type; int unit; };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen);
//--- v1
#include <string.h>
#include "nn.h"
static const struct nn_symbol_properties syms[] = { { 1, "NN_PAIR", 2, 0 }, { 16, "NN_PUB", 2, 0 }, { 17, "NN_SUB", 2, 0 } };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen) { if (i < 0 || i >= 3 || buflen < 0) return 0; int n = buflen < (int)sizeof syms[i] ? buflen : (int)sizeof syms[i]; memcpy(buf, &syms[i], (size_t)n); return n; }
//--- v2
#include <string.h>
#include "nn.h"
static const struct nn_symbol_properties syms[] = { { 1, "NN_PAIR", 2, 0, 0 }, { 16, "NN_PUB", 2, 0, 0 }, { 17, "NN_SUB", 2, 0, 0 } };
int nn_symbol_info(int i, struct nn_symbol_properties *buf, int buflen) { if (i < 0 || i >= 3 || buflen < 0) return 0; int n = buflen < (int)sizeof syms[i] ? buflen : (int)sizeof syms[i]; memcpy(buf, &syms[i], (size_t)n); return n; }
