// expect: info
// why: geo::Vec2<float> is passed and returned by value by geo::normalize (8 bytes, two floats in xmm0). v2 renames
// why: the template's members x, y to u, v: the same two floats at the same offsets, the same class name and mangled
// why: symbol: binaries are unaffected; sources that wrote .x must change, worth a line.
// abidiff: 0 agree
//--- v1/vec.h
namespace geo {
template <class T> struct Vec2 { T x, y; };
Vec2<float> normalize(Vec2<float> v);
}
//--- v2/vec.h
namespace geo {
template <class T> struct Vec2 { T u, v; };
Vec2<float> normalize(Vec2<float> v);
}
//--- v1
#include <cmath>
#include "vec.h"
namespace geo {
Vec2<float> normalize(Vec2<float> v) { float n = std::sqrt(v.x * v.x + v.y * v.y); return n > 0 ? Vec2<float>{v.x / n, v.y / n} : v; }
}
//--- v2
#include <cmath>
#include "vec.h"
namespace geo {
Vec2<float> normalize(Vec2<float> p) { float n = std::sqrt(p.u * p.u + p.v * p.v); return n > 0 ? Vec2<float>{p.u / n, p.v / n} : p; }
}
