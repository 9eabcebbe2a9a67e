// expect: info
// why: The other side of 522: union val is passed and returned by value with members long i and double d (one
// why: INTEGER eightbyte, rdi and rax); v2 adds float f. The union stays 8 bytes, and the eightbyte stays INTEGER
// why: (INTEGER merged with SSE is INTEGER), so the registers are the same and old callers' values read the
// why: same; a variant was added (as in 112).
// abidiff: 0 agree
//--- v1/val.h
union val { long i; double d; };
union val val_negate(union val v, int is_float);
//--- v2/val.h
union val { long i; double d; float f; };
union val val_negate(union val v, int is_float);
//--- v1
#include "val.h"
union val val_negate(union val v, int is_float) { if (is_float) v.d = -v.d; else v.i = -v.i; return v; }
//--- v2
#include "val.h"
union val val_negate(union val v, int is_float) { if (is_float) v.d = -v.d; else v.i = -v.i; return v; }
