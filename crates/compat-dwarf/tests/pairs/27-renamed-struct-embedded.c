// expect: info
// why: Member origin of the by-value struct rect changes from struct point to struct vec2, which has the
// why: same members and layout; rect's layout and every offset are unchanged.
// abidiff: 4 disagree: abidiff flags the member type's name change; struct vec2 has point's exact layout, so rect does not change.
//--- v1
struct point { int x; int y; };
struct rect { struct point origin; int w, h; };
int area(struct rect r) { return r.w * r.h + r.origin.x; }
//--- v2
struct vec2 { int x; int y; };
struct rect { struct vec2 origin; int w, h; };
int area(struct rect r) { return r.w * r.h + r.origin.x; }
