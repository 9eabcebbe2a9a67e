// expect: none
// why: Ogre makes its class-keys consistent (MSVC mangles struct and class differently and warns C4099 when a
// why: forward declaration disagrees with the definition): Box, defined with struct and forward-declared with class,
// why: is now defined as class Box { public: ... }. All members stay public, in the same order; the Itanium ABI
// why: mangles both keys alike (_ZNK4Ogre3Box8containsERKS0_), and layout, triviality, PixelBox's base and every
// why: register are unchanged. Only DWARF's tag differs (DW_TAG_structure_type to DW_TAG_class_type): the same type.
// abidiff: 0 agree
//--- v1/OgreCommon.h
#include <cstddef>
#include <cstdint>
namespace Ogre {
typedef std::uint32_t uint32;
enum PixelFormat { PF_UNKNOWN = 0, PF_L8 = 1, PF_R8G8B8 = 10, PF_A8R8G8B8 = 12 };
class PixelBox;
struct Box {
  uint32 left, top, right, bottom, front, back;
  Box() : left(0), top(0), right(1), bottom(1), front(0), back(1) {}
  Box(uint32 l, uint32 t, uint32 r, uint32 b) : left(l), top(t), right(r), bottom(b), front(0), back(1) {}
  bool contains(const Box &def) const;
  uint32 getWidth() const { return right - left; }
  uint32 getHeight() const { return bottom - top; }
  uint32 getDepth() const { return back - front; }
};
class PixelBox : public Box {
public:
  PixelBox(const Box &extents, PixelFormat pixelFormat, void *pixelData = 0);
  void *data;
  PixelFormat format;
  size_t rowPitch;
  size_t slicePitch;
  size_t getConsecutiveSize() const;
  Box getSubVolumeBox(const Box &def) const;
};
}
//--- v2/OgreCommon.h
#include <cstddef>
#include <cstdint>
namespace Ogre {
typedef std::uint32_t uint32;
enum PixelFormat { PF_UNKNOWN = 0, PF_L8 = 1, PF_R8G8B8 = 10, PF_A8R8G8B8 = 12 };
class PixelBox;
class Box {
public:
  uint32 left, top, right, bottom, front, back;
  Box() : left(0), top(0), right(1), bottom(1), front(0), back(1) {}
  Box(uint32 l, uint32 t, uint32 r, uint32 b) : left(l), top(t), right(r), bottom(b), front(0), back(1) {}
  bool contains(const Box &def) const;
  uint32 getWidth() const { return right - left; }
  uint32 getHeight() const { return bottom - top; }
  uint32 getDepth() const { return back - front; }
};
class PixelBox : public Box {
public:
  PixelBox(const Box &extents, PixelFormat pixelFormat, void *pixelData = 0);
  void *data;
  PixelFormat format;
  size_t rowPitch;
  size_t slicePitch;
  size_t getConsecutiveSize() const;
  Box getSubVolumeBox(const Box &def) const;
};
}
//--- lib.cc
#include "OgreCommon.h"
namespace Ogre {
static size_t bytesPerPixel(PixelFormat f) { return f == PF_L8 ? 1 : f == PF_R8G8B8 ? 3 : 4; }
bool Box::contains(const Box &def) const {
  return def.left >= left && def.top >= top && def.front >= front && def.right <= right && def.bottom <= bottom && def.back <= back;
}
PixelBox::PixelBox(const Box &extents, PixelFormat pixelFormat, void *pixelData)
  : Box(extents), data(pixelData), format(pixelFormat), rowPitch(extents.getWidth()), slicePitch(extents.getWidth() * extents.getHeight()) {}
size_t PixelBox::getConsecutiveSize() const { return (size_t)getWidth() * getHeight() * getDepth() * bytesPerPixel(format); }
Box PixelBox::getSubVolumeBox(const Box &def) const {
  Box b(def.left - left, def.top - top, def.right - left, def.bottom - top);
  b.front = def.front - front; b.back = def.back - front;
  return b;
}
}
