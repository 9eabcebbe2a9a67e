// expect: none
// why: struct Vec2 gains a destructor declared = default on its first declaration, which is trivial: Vec2 stays
// why: trivially copyable with the same layout, so geo::normalize still takes and returns it in %xmm0, and no
// why: symbol changes. Nothing binaries or the types' meaning depend on changed.
// abidiff: 0 agree
//--- v1/geo.h
struct Vec2 { float x, y; };
namespace geo { Vec2 normalize(Vec2 v); }
//--- v2/geo.h
struct Vec2 { float x, y; ~Vec2() = default; };
namespace geo { Vec2 normalize(Vec2 v); }
//--- lib.cc
#include <cmath>
#include "geo.h"
namespace geo { Vec2 normalize(Vec2 v) { float n = std::sqrt(v.x * v.x + v.y * v.y); if (n == 0) return v; return Vec2{v.x / n, v.y / n}; } }
