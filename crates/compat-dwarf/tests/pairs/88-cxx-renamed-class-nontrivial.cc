// expect: breaking
// why: Same name change and same members as 87, but Vec2 has a user-provided destructor: it is no longer
// why: trivially copyable, so the Itanium ABI returns it through a hidden pointer in %rdi instead of %rax;
// why: old callers read garbage.
// abidiff: 4 agree
//--- v1
struct Point { int x; int y; };
Point make_point(int x, int y) { Point p = { x, y }; return p; }
//--- v2
struct Vec2 { int x; int y; ~Vec2(); };
Vec2::~Vec2() {}
Vec2 make_point(int x, int y) { Vec2 p = { x, y }; return p; }
