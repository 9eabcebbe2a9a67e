// expect: none
// why: len_t is unsigned long: the parameter and the result are the same type, passed in the same
// why: register; only the spelling changed.
// abidiff: 0 agree
//--- v1
unsigned long pad_to(unsigned long n) { return (n + 7) & ~7UL; }
//--- v2
typedef unsigned long len_t;
len_t pad_to(len_t n) { return (n + 7) & ~7UL; }
