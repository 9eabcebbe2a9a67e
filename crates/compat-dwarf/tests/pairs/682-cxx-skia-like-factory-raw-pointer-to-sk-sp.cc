// expect: breaking
// why: SkImage::MakeRasterCopy is a static member function, so its mangled name has no return type and keeps its
// why: symbol. v1 returns SkImage * in %rax; v2 returns sk_sp<SkImage>, a class with a user-provided destructor,
// why: which the psABI returns through a hidden pointer in %rdi: old callers pass the SkPixmap reference in %rdi
// why: and read a result from %rax that the library never writes.
// abidiff: 4 agree
//--- v1/SkImage.h
struct SkPixmap { const void *addr; int width; int height; };
class SkImage {
public:
  static SkImage *MakeRasterCopy(const SkPixmap &pixmap);
  int width() const;
  void unref() const;
private:
  int fWidth;
  mutable int fRefCnt;
};
//--- v2/SkImage.h
template <typename T> class sk_sp {
public:
  sk_sp() : fPtr(nullptr) {}
  explicit sk_sp(T *obj) : fPtr(obj) {}
  sk_sp(sk_sp &&that) : fPtr(that.fPtr) { that.fPtr = nullptr; }
  ~sk_sp() { if (fPtr) fPtr->unref(); }
  T *get() const { return fPtr; }
private:
  T *fPtr;
};
struct SkPixmap { const void *addr; int width; int height; };
class SkImage {
public:
  static sk_sp<SkImage> MakeRasterCopy(const SkPixmap &pixmap);
  int width() const;
  void unref() const;
private:
  int fWidth;
  mutable int fRefCnt;
};
//--- v1
#include "SkImage.h"
SkImage *SkImage::MakeRasterCopy(const SkPixmap &pixmap) { if (!pixmap.addr) return nullptr; SkImage *img = new SkImage; img->fWidth = pixmap.width; img->fRefCnt = 1; return img; }
int SkImage::width() const { return fWidth; }
void SkImage::unref() const { if (--fRefCnt == 0) delete this; }
//--- v2
#include "SkImage.h"
sk_sp<SkImage> SkImage::MakeRasterCopy(const SkPixmap &pixmap) { if (!pixmap.addr) return sk_sp<SkImage>(); SkImage *img = new SkImage; img->fWidth = pixmap.width; img->fRefCnt = 1; return sk_sp<SkImage>(img); }
int SkImage::width() const { return fWidth; }
void SkImage::unref() const { if (--fRefCnt == 0) delete this; }
