// expect: none
// why: struct Point becomes class Point with everything public: the same type with the same layout, the
// why: same triviality and the same mangled names (the Itanium ABI does not encode the class-key).
// abidiff: 0 agree
//--- v1/pt.h
struct Point { double x, y; };
double dist(const Point &a, const Point &b);
//--- v2/pt.h
class Point { public: double x, y; };
double dist(const Point &a, const Point &b);
//--- v1
#include "pt.h"
double dist(const Point &a, const Point &b) { double dx = a.x - b.x, dy = a.y - b.y; return dx * dx + dy * dy; }
//--- v2
#include "pt.h"
double dist(const Point &a, const Point &b) { double dx = a.x - b.x, dy = a.y - b.y; return dx * dx + dy * dy; }
