// expect: none
// why: cglm-style vector typedefs (typedef float vec3[3]; typedef vec3 mat3[3]) are replaced in v2 by the arrays
// why: they name: glm_mat3_mulv takes float (*)[3] and float *, glm_vec3_transform_n takes float (*)[3] twice and
// why: a batch struct holds float (*pts)[3] and float m[3][3] by value. Every type is the same array, pointer and
// why: size at the same offset, at depths two and three; only spellings changed.
// abidiff: 0 agree
// known-miss: info: GCC's DWARF drops the const of a qualified array typedef (`const mat3 m`, `typedef const vec3 cvec3` are emitted as float(*)[3]), so v1's DWARF says the pointees were not const and compat reports two pointer parameters gaining const (an API change only)
//--- v1/cglm.h
#include <stddef.h>
typedef float vec3[3];
typedef vec3 mat3[3];
typedef const vec3 cvec3;
struct glm_batch { vec3 *pts; size_t n; mat3 m; };
void glm_mat3_mulv(mat3 m, vec3 v, vec3 dest);
void glm_vec3_transform_n(const mat3 m, cvec3 *in, vec3 *out, size_t n);
void glm_batch_apply(struct glm_batch b, vec3 *out);
//--- v2/cglm.h
#include <stddef.h>
struct glm_batch { float (*pts)[3]; size_t n; float m[3][3]; };
void glm_mat3_mulv(float m[3][3], float v[3], float dest[3]);
void glm_vec3_transform_n(const float m[3][3], const float (*in)[3], float (*out)[3], size_t n);
void glm_batch_apply(struct glm_batch b, float (*out)[3]);
//--- v1
#include "cglm.h"
void glm_mat3_mulv(mat3 m, vec3 v, vec3 dest) {
  for (int i = 0; i < 3; i++) dest[i] = m[0][i] * v[0] + m[1][i] * v[1] + m[2][i] * v[2];
}
void glm_vec3_transform_n(const mat3 m, cvec3 *in, vec3 *out, size_t n) {
  for (size_t k = 0; k < n; k++)
    for (int i = 0; i < 3; i++) out[k][i] = m[0][i] * in[k][0] + m[1][i] * in[k][1] + m[2][i] * in[k][2];
}
void glm_batch_apply(struct glm_batch b, vec3 *out) { glm_vec3_transform_n((const vec3 *)b.m, (cvec3 *)b.pts, out, b.n); }
//--- v2
#include "cglm.h"
void glm_mat3_mulv(float m[3][3], float v[3], float dest[3]) {
  for (int i = 0; i < 3; i++) dest[i] = m[0][i] * v[0] + m[1][i] * v[1] + m[2][i] * v[2];
}
void glm_vec3_transform_n(const float m[3][3], const float (*in)[3], float (*out)[3], size_t n) {
  for (size_t k = 0; k < n; k++)
    for (int i = 0; i < 3; i++) out[k][i] = m[0][i] * in[k][0] + m[1][i] * in[k][1] + m[2][i] * in[k][2];
}
void glm_batch_apply(struct glm_batch b, float (*out)[3]) { glm_vec3_transform_n((const float (*)[3])b.m, (const float (*)[3])b.pts, out, b.n); }
