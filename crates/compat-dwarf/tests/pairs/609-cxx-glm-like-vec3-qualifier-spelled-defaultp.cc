// expect: none
// why: glm::vec3 is vec<3, float, highp> in v1 and vec<3, float, defaultp> in v2, where defaultp = highp =
// why: packed_highp = 0: the same specialization, so length(const vec3 &) and normalize keep their symbols and
// why: the class its layout. Nothing changed.
// abidiff: 0 agree
//--- glm.h
namespace glm {
enum qualifier { packed_highp, packed_mediump, packed_lowp, highp = packed_highp, mediump = packed_mediump, defaultp = highp };
template <int L, typename T, qualifier Q> struct vec;
template <typename T, qualifier Q> struct vec<3, T, Q> { T x, y, z; };
}
//--- v1/vec3.h
#include "glm.h"
namespace glm {
typedef vec<3, float, highp> vec3;
float length(const vec3 &v);
vec3 normalize(const vec3 &v);
}
//--- v2/vec3.h
#include "glm.h"
namespace glm {
using vec3 = vec<3, float, defaultp>;
float length(const vec3 &v);
vec3 normalize(const vec3 &v);
}
//--- v1
#include <cmath>
#include "vec3.h"
namespace glm {
float length(const vec3 &v) { return std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z); }
vec3 normalize(const vec3 &v) { float l = length(v); return vec3{v.x / l, v.y / l, v.z / l}; }
}
//--- v2
#include <cmath>
#include "vec3.h"
namespace glm {
float length(const vec3 &v) { return std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z); }
vec3 normalize(const vec3 &v) { float l = length(v); return vec3{v.x / l, v.y / l, v.z / l}; }
}
