// expect: breaking
// why: len_t is long long in v2, not int: callers pass and read 32-bit values, the function now reads and
// why: returns 64-bit ones (upper halves are garbage).
// abidiff: 4 agree
//--- v1
int pad_to(int n) { return (n + 7) & ~7; }
//--- v2
typedef long long len_t;
len_t pad_to(len_t n) { return (n + 7) & ~7LL; }
