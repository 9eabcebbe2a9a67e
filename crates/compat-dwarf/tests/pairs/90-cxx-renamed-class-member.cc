// expect: info
// why: Member origin of the class with exported members changes from Point to Vec2, identical layouts:
// why: Rect's layout and its symbols (no member types in them) are unchanged.
// abidiff: 4 disagree: abidiff flags the member type's name change; Point and Vec2 have the same layout, so Rect does not change.
//--- v1
struct Point { int x; int y; };
struct Rect { Point origin; int w; int h; int area() const; };
int Rect::area() const { return w * h + origin.x; }
//--- v2
struct Vec2 { int x; int y; };
struct Rect { Vec2 origin; int w; int h; int area() const; };
int Rect::area() const { return w * h + origin.x; }
