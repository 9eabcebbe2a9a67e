// expect: info
// why: godot::Vector2 is a trivially copyable pair of floats returned in %xmm0. v2 wraps x and y in an anonymous
// why: union with float coord[2]: x and y keep their names, types and offsets, the class its 8 bytes, alignment and
// why: SSE class, and no mangled name changes; the new coord spelling is an API addition a reader should see (as in 157).
// abidiff: 0 agree
//--- v1/vector2.h
namespace godot {
struct Vector2 {
  float x;
  float y;
  Vector2 normalized() const;
  float length() const;
};
}
//--- v2/vector2.h
namespace godot {
struct Vector2 {
  union {
    struct { float x; float y; };
    float coord[2];
  };
  Vector2 normalized() const;
  float length() const;
};
}
//--- v1
#include <cmath>
#include "vector2.h"
namespace godot {
float Vector2::length() const { return std::sqrt(x * x + y * y); }
Vector2 Vector2::normalized() const { float l = length(); Vector2 v; v.x = l ? x / l : 0; v.y = l ? y / l : 0; return v; }
}
//--- v2
#include <cmath>
#include "vector2.h"
namespace godot {
float Vector2::length() const { return std::sqrt(coord[0] * coord[0] + coord[1] * coord[1]); }
Vector2 Vector2::normalized() const { float l = length(); Vector2 v; v.x = l ? x / l : 0; v.y = l ? y / l : 0; return v; }
}
