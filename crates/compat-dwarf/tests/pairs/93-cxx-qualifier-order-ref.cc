// expect: none
// why: const volatile int & and volatile const int & spelled via a typedef (cvi = volatile const int) are
// why: the same type with the same mangling (_Z4peekRVKi).
// abidiff: 0 agree
//--- v1
int peek(const volatile int &r) { return r; }
//--- v2
typedef volatile const int cvi;
int peek(cvi &r) { return r; }
