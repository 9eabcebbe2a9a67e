// expect: info
// why: Counter::value() moves from an inline definition in the header to an exported function in lib.cc:
// why: one symbol added, Counter's layout (one int) unchanged, so old binaries' inlined copies still read
// why: v_ at byte 0. Adding a symbol is compatible; a reader should see it.
// abidiff: 4 disagree: abidiff reports one function added (Counter::value() const); adding a symbol breaks no existing binary.
//--- v1/counter.h
class Counter { public: Counter(); void add(int n); int value() const { return v_; } private: int v_; };
//--- v2/counter.h
class Counter { public: Counter(); void add(int n); int value() const; private: int v_; };
//--- v1
#include "counter.h"
Counter::Counter() : v_(0) {}
void Counter::add(int n) { v_ += n; }
//--- v2
#include "counter.h"
Counter::Counter() : v_(0) {}
void Counter::add(int n) { v_ += n; }
int Counter::value() const { return v_; }
