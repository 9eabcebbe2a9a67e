// expect: breaking
// why: Base is a base class of Derived, which has exported member functions; Base gains a member, so
// why: Derived's own member y moves from byte 4 to byte 8 in consumers' inline code.
// abidiff: 4 agree
//--- v1/d.h
struct Base { int x; };
struct Derived : Base { int y; int sum() const; };
//--- v2/d.h
struct Base { int x; int flags; };
struct Derived : Base { int y; int sum() const; };
//--- v1
#include "d.h"
int Derived::sum() const { return x + y; }
//--- v2
#include "d.h"
int Derived::sum() const { return x + y; }
