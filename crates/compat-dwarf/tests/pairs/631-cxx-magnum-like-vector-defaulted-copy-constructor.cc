// expect: none
// why: Vector2 (two floats, returned and passed by value by lerp) gains an explicitly defaulted copy constructor
// why: and copy assignment (= default on first declaration): both stay trivial, so the class is still trivially
// why: copyable and passed in %xmm0 as before; no member, size or symbol changes.
// abidiff: 0 agree
//--- v1/vector.h
namespace Magnum { struct Vector2 { float x, y; }; Vector2 lerp(Vector2 a, Vector2 b, float t); }
//--- v2/vector.h
namespace Magnum { struct Vector2 { float x, y; Vector2() = default; Vector2(float x_, float y_) : x(x_), y(y_) {} Vector2(const Vector2 &) = default; Vector2 &operator=(const Vector2 &) = default; }; Vector2 lerp(Vector2 a, Vector2 b, float t); }
//--- v1
#include "vector.h"
namespace Magnum { Vector2 lerp(Vector2 a, Vector2 b, float t) { Vector2 r; r.x = a.x + (b.x - a.x) * t; r.y = a.y + (b.y - a.y) * t; return r; } }
//--- v2
#include "vector.h"
namespace Magnum { Vector2 lerp(Vector2 a, Vector2 b, float t) { return Vector2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t); } }
