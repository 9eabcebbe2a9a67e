// expect: breaking
// why: SkPaint is a class consumers construct (exported constructor) and query through inline getters that the
// why: header defines, so consumers' binaries read fColor and fWidth at their v1 offsets. v2 reorders the private
// why: members (fColor first), so old inlined getColor reads the stroke width's bytes and getStrokeWidth the
// why: colour: private, but read by code compiled into consumers.
// abidiff: 4 agree
//--- v1/SkPaint.h
typedef unsigned int SkColor;
class SkPaint {
public:
  SkPaint();
  SkColor getColor() const { return fColor; }
  float getStrokeWidth() const { return fWidth; }
  void setColor(SkColor color);
  void setStrokeWidth(float width);
private:
  float fWidth;
  float fMiterLimit;
  SkColor fColor;
  unsigned fBitfields;
};
//--- v2/SkPaint.h
typedef unsigned int SkColor;
class SkPaint {
public:
  SkPaint();
  SkColor getColor() const { return fColor; }
  float getStrokeWidth() const { return fWidth; }
  void setColor(SkColor color);
  void setStrokeWidth(float width);
private:
  SkColor fColor;
  float fWidth;
  float fMiterLimit;
  unsigned fBitfields;
};
//--- v1
#include "SkPaint.h"
SkPaint::SkPaint() : fWidth(0), fMiterLimit(4), fColor(0xFF000000), fBitfields(0) {}
void SkPaint::setColor(SkColor color) { fColor = color; }
void SkPaint::setStrokeWidth(float width) { if (width >= 0) fWidth = width; }
//--- v2
#include "SkPaint.h"
SkPaint::SkPaint() : fColor(0xFF000000), fWidth(0), fMiterLimit(4), fBitfields(0) {}
void SkPaint::setColor(SkColor color) { fColor = color; }
void SkPaint::setStrokeWidth(float width) { if (width >= 0) fWidth = width; }
