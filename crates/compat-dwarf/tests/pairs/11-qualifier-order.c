// expect: none
// why: volatile cint (cint = const int) and const volatile int are the same qualified type; the member
// why: and the parameter keep their pointee type, only the order of the qualifiers and the typedef differ.
// abidiff: 4 disagree: abidiff reports 'volatile const int' changed to 'volatile cint' as a sub-type change of struct reg; it is the same qualified type (cint = const int), so nothing changed.
//--- v1
struct reg { const volatile int *status; int id; };
int reg_read(const struct reg *r, const volatile int *alt) { return *r->status + *alt + r->id; }
//--- v2
typedef const int cint;
struct reg { volatile cint *status; int id; };
int reg_read(const struct reg *r, volatile cint *alt) { return *r->status + *alt + r->id; }
