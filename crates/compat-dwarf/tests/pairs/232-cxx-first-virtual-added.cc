// expect: breaking
// why: class Image had no virtual functions; v2 gives it a virtual destructor, so it gains a vtable pointer at
// why: byte 0: size grows from 8 to 16 and w_, h_ move to bytes 8 and 12. Consumers allocate Image (exported
// why: constructor) and their inlined accessors read the old offsets.
// abidiff: 12 agree
//--- v1/image.h
class Image {
public:
  Image(int w, int h);
  ~Image();
  int width() const { return w_; }
  int pixels() const;
private:
  int w_, h_;
};
//--- v2/image.h
class Image {
public:
  Image(int w, int h);
  virtual ~Image();
  int width() const { return w_; }
  int pixels() const;
private:
  int w_, h_;
};
//--- v1
#include "image.h"
Image::Image(int w, int h) : w_(w), h_(h) {}
Image::~Image() {}
int Image::pixels() const { return w_ * h_; }
//--- v2
#include "image.h"
Image::Image(int w, int h) : w_(w), h_(h) {}
Image::~Image() {}
int Image::pixels() const { return w_ * h_; }
