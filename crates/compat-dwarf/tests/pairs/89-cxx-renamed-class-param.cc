// expect: breaking
// why: A by-value parameter's class is part of the mangled name: norm(Point) is _Z4norm5Point, norm(Vec2)
// why: is _Z4norm4Vec2, so the old symbol disappears even though the layouts are identical.
// abidiff: 12 agree
//--- v1
struct Point { int x; int y; };
int norm(Point p) { return p.x + p.y; }
//--- v2
struct Vec2 { int x; int y; };
int norm(Vec2 p) { return p.x + p.y; }
