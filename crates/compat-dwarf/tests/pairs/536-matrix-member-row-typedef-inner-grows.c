// expect: breaking
// why: struct xform is caller-allocated (xform_apply takes a pointer, nothing hands one out). Its member m was
// why: row3 m[3] with typedef float row3[3], a float[3][3]; v2 makes it float m[3][4] (homogeneous rows). The
// why: struct grows from 40 to 52 bytes and scale moves from byte 36 to 48. The report must spell the member's type
// why: in declaration order through the typedef.
// message: float[3][4]
// abidiff: 4 agree
//--- v1/xf.h
typedef float row3[3];
struct xform { row3 m[3]; float scale; };
int xform_apply(const struct xform *x, float *pts, int n);
//--- v2/xf.h
struct xform { float m[3][4]; float scale; };
int xform_apply(const struct xform *x, float *pts, int n);
//--- v1
#include "xf.h"
int xform_apply(const struct xform *x, float *pts, int n) {
  for (int i = 0; i < n; i++) { float *p = pts + 3 * i; float q[3]; for (int r = 0; r < 3; r++) q[r] = x->scale * (x->m[r][0] * p[0] + x->m[r][1] * p[1] + x->m[r][2] * p[2]); for (int r = 0; r < 3; r++) p[r] = q[r]; }
  return n;
}
//--- v2
#include "xf.h"
int xform_apply(const struct xform *x, float *pts, int n) {
  for (int i = 0; i < n; i++) { float *p = pts + 3 * i; float q[3]; for (int r = 0; r < 3; r++) q[r] = x->scale * (x->m[r][0] * p[0] + x->m[r][1] * p[1] + x->m[r][2] * p[2] + x->m[r][3]); for (int r = 0; r < 3; r++) p[r] = q[r]; }
  return n;
}
