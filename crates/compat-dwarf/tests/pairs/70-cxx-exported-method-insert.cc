// expect: breaking
// why: Counter has exported member functions, so consumers construct it themselves (its constructor is
// why: inline) and inline member access; inserting step moves total from byte 4 to byte 8.
// abidiff: 4 agree
//--- v1/counter.h
class Counter { public: Counter() : start(0), total(0) {} int add(int n); int get() const; private: int start; int total; };
//--- v2/counter.h
class Counter { public: Counter() : start(0), step(1), total(0) {} int add(int n); int get() const; private: int start; int step; int total; };
//--- v1
#include "counter.h"
int Counter::add(int n) { total += n; return total; }
int Counter::get() const { return total + start; }
//--- v2
#include "counter.h"
int Counter::add(int n) { total += n * step; return total; }
int Counter::get() const { return total + start; }
