// expect: info
// why: make_point returns Point in v1 and Vec2 in v2; both are trivially copyable with two ints (returned
// why: in %rax), and the return type is not part of the mangled name (_Z10make_pointii), so the symbol
// why: and the call are unchanged.
// abidiff: 4 disagree: abidiff flags the return type's name change; both classes are trivially copyable with the same layout, returned in %rax under the same symbol.
//--- v1
struct Point { int x; int y; };
Point make_point(int x, int y) { Point p = { x, y }; return p; }
//--- v2
struct Vec2 { int x; int y; };
Vec2 make_point(int x, int y) { Vec2 p = { x, y }; return p; }
