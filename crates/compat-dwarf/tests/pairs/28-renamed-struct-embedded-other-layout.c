// expect: breaking
// why: Member origin of the by-value struct rect changes from struct point (8 bytes) to struct vec3
// why: (12 bytes): w and h move from bytes 8 and 12 to 12 and 16.
// abidiff: 4 agree
//--- v1
struct point { int x; int y; };
struct rect { struct point origin; int w, h; };
int area(struct rect r) { return r.w * r.h + r.origin.x; }
//--- v2
struct vec3 { int x; int y; int z; };
struct rect { struct vec3 origin; int w, h; };
int area(struct rect r) { return r.w * r.h + r.origin.x; }
