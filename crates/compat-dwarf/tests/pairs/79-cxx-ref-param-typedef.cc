// expect: none
// why: const int & respelled as const count_t & (count_t = int): the same reference type, and the same
// why: symbol, since typedefs do not take part in mangling (_Z5totalRKi).
// abidiff: 0 agree
//--- v1
int total(const int &n) { return n * 2; }
//--- v2
typedef int count_t;
int total(const count_t &n) { return n * 2; }
