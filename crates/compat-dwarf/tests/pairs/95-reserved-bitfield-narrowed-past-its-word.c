// expect: breaking
// why: The new 2-bit field takes bits 1 and 2, and reserved keeps 30 bits after it, so reserved now ends at bit
// why: 33: the bit-fields spill into a second word and struct attr grows from 4 to 8 bytes. Callers allocate the
// why: array get_attrs fills with the old size (the other direction of 358, where the new bits come out of
// why: reserved exactly).
// abidiff: 4 agree
//--- v1/attr.h
struct attr { unsigned a : 1; unsigned reserved : 31; };
void get_attrs(struct attr *out, int n);
//--- v2/attr.h
struct attr { unsigned a : 1; unsigned b : 2; unsigned reserved : 30; };
void get_attrs(struct attr *out, int n);
//--- v1
#include "attr.h"
void get_attrs(struct attr *out, int n) { for (int i = 0; i < n; i++) out[i].a = 1; }
//--- v2
#include "attr.h"
void get_attrs(struct attr *out, int n) { for (int i = 0; i < n; i++) { out[i].a = 1; out[i].b = 2; } }
