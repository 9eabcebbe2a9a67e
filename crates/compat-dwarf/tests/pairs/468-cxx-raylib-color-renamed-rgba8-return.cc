// expect: info
// why: Image::pixel returns a 4-byte struct Color {unsigned char r, g, b, a} by value; v2 renames the struct Rgba8
// why: with the same members and keeps `using Color = Rgba8;`. The return type is not part of the mangled name
// why: (_ZNK3gfx5Image5pixelEii both times), the struct is still 4 bytes of INTEGER class returned in eax, so
// why: binaries are unaffected; the rename is worth a line (as in 87).
// abidiff: 4 disagree: abidiff reports the return type of gfx::Image::pixel changed from Color to Rgba8; the struct has the same members, size and classification, and the mangled name does not include the return type (as in 87).
//--- v1/image.h
namespace gfx {
struct Color { unsigned char r, g, b, a; };
class Image {
public:
  Image(int w, int h);
  ~Image();
  Color pixel(int x, int y) const;
  int width() const { return w_; }
private:
  int w_, h_;
  unsigned char *data_;
};
}
//--- v2/image.h
namespace gfx {
struct Rgba8 { unsigned char r, g, b, a; };
using Color = Rgba8;
class Image {
public:
  Image(int w, int h);
  ~Image();
  Color pixel(int x, int y) const;
  int width() const { return w_; }
private:
  int w_, h_;
  unsigned char *data_;
};
}
//--- v1
#include "image.h"
namespace gfx {
Image::Image(int w, int h) : w_(w), h_(h), data_(new unsigned char[4 * w * h]()) {}
Image::~Image() { delete[] data_; }
Color Image::pixel(int x, int y) const {
  const unsigned char *p = data_ + 4 * (y * w_ + x);
  return Color{p[0], p[1], p[2], p[3]};
}
}
//--- v2
#include "image.h"
namespace gfx {
Image::Image(int w, int h) : w_(w), h_(h), data_(new unsigned char[4 * w * h]()) {}
Image::~Image() { delete[] data_; }
Color Image::pixel(int x, int y) const {
  const unsigned char *p = data_ + 4 * (y * w_ + x);
  return Color{p[0], p[1], p[2], p[3]};
}
}
