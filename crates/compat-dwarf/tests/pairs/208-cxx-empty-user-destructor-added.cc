// expect: breaking
// why: struct Vec2 gains a user-provided (empty, inline) destructor, so it is no longer trivially destructible:
// why: the Itanium ABI passes and returns it through hidden pointers instead of %xmm0. geo::normalize keeps its
// why: mangled name, so old callers pass the vector in %xmm0 while the library reads it from memory at %rdi.
// abidiff: 0 disagree: abidiff sees no change to Vec2's members or size; the user-provided destructor makes Vec2 non-trivial, so geo::normalize now passes and returns it through hidden pointers instead of %xmm0.
//--- v1/geo.h
struct Vec2 { float x, y; };
namespace geo { Vec2 normalize(Vec2 v); }
//--- v2/geo.h
struct Vec2 { float x, y; ~Vec2() {} };
namespace geo { Vec2 normalize(Vec2 v); }
//--- lib.cc
#include <cmath>
#include "geo.h"
namespace geo { Vec2 normalize(Vec2 v) { float n = std::sqrt(v.x * v.x + v.y * v.y); if (n == 0) return v; return Vec2{v.x / n, v.y / n}; } }
