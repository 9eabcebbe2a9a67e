// expect: none
// why: The exported table cbor_type_names is declared and defined as const char *const [] with eight
// why: initialisers in v1, and as [8] with the same eight in v2: the object is the same 64 bytes under the same
// why: symbol, so nothing changed (T[] and T[N], as in 29).
// abidiff: 4 disagree: abidiff reads v1's debug information, which keeps the header's [] (an array of unknown size), as another type than [8]; the object and its 64-byte symbol are the same.
//--- v1/cbor.h
extern const char *const cbor_type_names[];
const char *cbor_type_name(unsigned t);
//--- v2/cbor.h
extern const char *const cbor_type_names[8];
const char *cbor_type_name(unsigned t);
//--- v1
#include "cbor.h"
const char *const cbor_type_names[] = { "uint", "negint", "bytestring", "string", "array", "map", "tag", "float_ctrl" };
const char *cbor_type_name(unsigned t) { return t < 8 ? cbor_type_names[t] : "?"; }
//--- v2
#include "cbor.h"
const char *const cbor_type_names[8] = { "uint", "negint", "bytestring", "string", "array", "map", "tag", "float_ctrl" };
const char *cbor_type_name(unsigned t) { return t < 8 ? cbor_type_names[t] : "?"; }
