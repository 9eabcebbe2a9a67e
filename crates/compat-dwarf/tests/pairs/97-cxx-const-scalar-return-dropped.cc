// expect: none
// why: `const int count() const` becomes `int count() const`: a top-level const on a scalar result means
// why: nothing in C++ (a prvalue of non-class type is never const), the symbol and %eax are the same; only a
// why: class result's const matters (the other direction of 372).
// abidiff: 4 disagree: abidiff reports the return type changed from const int to int; a top-level const on a scalar result is meaningless in C++, and the symbol and %eax are unchanged.
//--- v1/counter.h
class Counter { public: int count() const; const int limit() const; private: int n_ = 0; };
//--- v2/counter.h
class Counter { public: int count() const; int limit() const; private: int n_ = 0; };
//--- v1
#include "counter.h"
int Counter::count() const { return n_; }
const int Counter::limit() const { return 10; }
//--- v2
#include "counter.h"
int Counter::count() const { return n_; }
int Counter::limit() const { return 10; }
