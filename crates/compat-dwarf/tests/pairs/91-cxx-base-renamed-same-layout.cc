// expect: info
// why: Derived's base class is renamed from Base to Core with the same members: Derived's layout and its
// why: symbols are unchanged; a reader should know the base's name changed.
// abidiff: 4 disagree: abidiff reports a base class deletion and insertion; Core has Base's layout at the same offset, so Derived is unchanged for binaries.
//--- v1
struct Base { int x; };
struct Derived : Base { int y; int sum() const; };
int Derived::sum() const { return x + y; }
//--- v2
struct Core { int x; };
struct Derived : Core { int y; int sum() const; };
int Derived::sum() const { return x + y; }
