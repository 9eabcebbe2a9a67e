// expect: info
// why: cvx::ResizeParams is a plain struct the caller fills and passes by const reference to cvx::resize. v2 types
// why: its member interpolation as enum class Interp : int instead of int: same size, signedness and offset, and
// why: the struct's name (so resize's mangled name) is unchanged. Binaries are unaffected; sources that assigned
// why: an int must now name an enumerator, an API change worth a line (as in 17).
// abidiff: 0 agree
//--- v1/resize.h
namespace cvx {
struct ResizeParams { int width; int height; int interpolation; double fx; double fy; };
int resize(const unsigned char *src, int w, int h, unsigned char *dst, const ResizeParams &p);
}
//--- v2/resize.h
namespace cvx {
enum class Interp : int { Nearest = 0, Linear = 1, Cubic = 2, Area = 3 };
struct ResizeParams { int width; int height; Interp interpolation; double fx; double fy; };
int resize(const unsigned char *src, int w, int h, unsigned char *dst, const ResizeParams &p);
}
//--- v1
#include "resize.h"
namespace cvx {
int resize(const unsigned char *src, int w, int h, unsigned char *dst, const ResizeParams &p) {
  if (p.width <= 0 || p.height <= 0 || w <= 0 || h <= 0) return -1;
  for (int y = 0; y < p.height; y++) for (int x = 0; x < p.width; x++) dst[y * p.width + x] = src[(y * h / p.height) * w + x * w / p.width];
  return p.interpolation;
}
}
//--- v2
#include "resize.h"
namespace cvx {
int resize(const unsigned char *src, int w, int h, unsigned char *dst, const ResizeParams &p) {
  if (p.width <= 0 || p.height <= 0 || w <= 0 || h <= 0) return -1;
  for (int y = 0; y < p.height; y++) for (int x = 0; x < p.width; x++) dst[y * p.width + x] = src[(y * h / p.height) * w + x * w / p.width];
  return static_cast<int>(p.interpolation);
}
}
