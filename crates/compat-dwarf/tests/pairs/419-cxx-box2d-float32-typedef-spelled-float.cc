// expect: none
// why: Box2D 2.4 removes its typedef float float32 and spells float everywhere: the members of b2Vec2 and b2Rot, the
// why: parameters of b2Rot::Set(float32 angle) and b2Mul, the results of b2Vec2::Length() and b2Distance. A typedef
// why: does not enter mangled names (_ZN5b2Rot3SetEf either way) and names the same type, so every layout, symbol
// why: and register (b2Mul's b2Vec2 still comes back in %xmm0) is the same.
// abidiff: 0 agree
//--- v1/b2_math.h
typedef float float32;
typedef signed int int32;
struct b2Vec2 {
  b2Vec2() {}
  b2Vec2(float32 xIn, float32 yIn) : x(xIn), y(yIn) {}
  float32 Length() const;
  float32 Normalize();
  float32 x, y;
};
struct b2Rot {
  b2Rot() {}
  explicit b2Rot(float32 angle) { Set(angle); }
  void Set(float32 angle);
  float32 GetAngle() const;
  float32 s, c;
};
b2Vec2 b2Mul(const b2Rot &q, const b2Vec2 &v);
float32 b2Distance(const b2Vec2 &a, const b2Vec2 &b);
int32 b2NextPowerOfTwo(int32 x);
//--- v2/b2_math.h
typedef signed int int32;
struct b2Vec2 {
  b2Vec2() {}
  b2Vec2(float xIn, float yIn) : x(xIn), y(yIn) {}
  float Length() const;
  float Normalize();
  float x, y;
};
struct b2Rot {
  b2Rot() {}
  explicit b2Rot(float angle) { Set(angle); }
  void Set(float angle);
  float GetAngle() const;
  float s, c;
};
b2Vec2 b2Mul(const b2Rot &q, const b2Vec2 &v);
float b2Distance(const b2Vec2 &a, const b2Vec2 &b);
int32 b2NextPowerOfTwo(int32 x);
//--- v1
#include <cmath>
#include "b2_math.h"
float32 b2Vec2::Length() const { return std::sqrt(x * x + y * y); }
float32 b2Vec2::Normalize() { float32 length = Length(); if (length < 1.19e-7f) return 0.0f; x /= length; y /= length; return length; }
void b2Rot::Set(float32 angle) { s = std::sin(angle); c = std::cos(angle); }
float32 b2Rot::GetAngle() const { return std::atan2(s, c); }
b2Vec2 b2Mul(const b2Rot &q, const b2Vec2 &v) { return b2Vec2(q.c * v.x - q.s * v.y, q.s * v.x + q.c * v.y); }
float32 b2Distance(const b2Vec2 &a, const b2Vec2 &b) { b2Vec2 c(a.x - b.x, a.y - b.y); return c.Length(); }
int32 b2NextPowerOfTwo(int32 x) { x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }
//--- v2
#include <cmath>
#include "b2_math.h"
float b2Vec2::Length() const { return std::sqrt(x * x + y * y); }
float b2Vec2::Normalize() { float length = Length(); if (length < 1.19e-7f) return 0.0f; x /= length; y /= length; return length; }
void b2Rot::Set(float angle) { s = std::sin(angle); c = std::cos(angle); }
float b2Rot::GetAngle() const { return std::atan2(s, c); }
b2Vec2 b2Mul(const b2Rot &q, const b2Vec2 &v) { return b2Vec2(q.c * v.x - q.s * v.y, q.s * v.x + q.c * v.y); }
float b2Distance(const b2Vec2 &a, const b2Vec2 &b) { b2Vec2 c(a.x - b.x, a.y - b.y); return c.Length(); }
int32 b2NextPowerOfTwo(int32 x) { x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }
