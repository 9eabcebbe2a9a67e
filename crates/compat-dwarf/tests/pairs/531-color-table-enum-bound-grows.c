// expect: breaking
// why: struct palette_opts is caller-allocated (palette_apply takes a pointer, nothing hands one out) and holds
// why: float weights[COLOR_MAX], with COLOR_MAX the last enumerator of enum color. v2 adds COLOR_ORANGE before
// why: COLOR_MAX: the array grows from 8 to 9 floats, gamma moves from byte 32 to 36 and the struct from 36 to 40
// why: bytes, so the library reads an old caller's gamma as the ninth weight and its own gamma past the object.
// abidiff: 4 agree
//--- v1/pal.h
enum color { COLOR_RED, COLOR_GREEN, COLOR_BLUE, COLOR_CYAN, COLOR_MAGENTA, COLOR_YELLOW, COLOR_BLACK, COLOR_WHITE, COLOR_MAX };
struct palette_opts { float weights[COLOR_MAX]; float gamma; };
int palette_apply(const struct palette_opts *o, unsigned char *rgb, int n);
//--- v2/pal.h
enum color { COLOR_RED, COLOR_GREEN, COLOR_BLUE, COLOR_CYAN, COLOR_MAGENTA, COLOR_YELLOW, COLOR_BLACK, COLOR_WHITE, COLOR_ORANGE, COLOR_MAX };
struct palette_opts { float weights[COLOR_MAX]; float gamma; };
int palette_apply(const struct palette_opts *o, unsigned char *rgb, int n);
//--- v1
#include "pal.h"
int palette_apply(const struct palette_opts *o, unsigned char *rgb, int n) {
  for (int i = 0; i < n; i++) rgb[i] = (unsigned char)(rgb[i] * o->weights[i % COLOR_MAX] * o->gamma);
  return n;
}
//--- v2
#include "pal.h"
int palette_apply(const struct palette_opts *o, unsigned char *rgb, int n) {
  for (int i = 0; i < n; i++) rgb[i] = (unsigned char)(rgb[i] * o->weights[i % COLOR_MAX] * o->gamma);
  return n;
}
