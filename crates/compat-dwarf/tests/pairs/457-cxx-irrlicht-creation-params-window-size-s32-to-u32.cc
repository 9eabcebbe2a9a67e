// expect: warning
// why: SIrrlichtCreationParameters is allocated and filled by the caller (irr::SIrrlichtCreationParameters p;
// why: p.WindowSize = core::dimension2d<s32>(1024, 768); createDeviceEx(p)), the extern "C" entry point taking it by
// why: const reference. Irrlicht 1.6 makes sizes unsigned: the embedded WindowSize goes from core::dimension2d<s32>
// why: to core::dimension2d<u32>. Both instantiations hold two 4-byte integers at bytes 0 and 4, so WindowSize stays
// why: at byte 4 and the struct at 32 bytes, and the symbol carries no types; but Width and Height flip from signed
// why: to unsigned, so a size an old caller computed as negative, which v1 rejected (Width <= 0), now reads as a
// why: width near 4294967295 (as in 39).
// abidiff: 4 agree
//--- v1/irrlicht.h
namespace irr {
typedef signed int s32;
typedef unsigned int u32;
typedef unsigned char u8;
namespace core {
template <class T> class dimension2d {
public:
  dimension2d() : Width(0), Height(0) {}
  dimension2d(const T &width, const T &height) : Width(width), Height(height) {}
  bool operator==(const dimension2d<T> &other) const { return Width == other.Width && Height == other.Height; }
  T getArea() const { return Width * Height; }
  T Width;
  T Height;
};
}
namespace video { enum E_DRIVER_TYPE { EDT_NULL, EDT_SOFTWARE, EDT_BURNINGSVIDEO, EDT_DIRECT3D8, EDT_DIRECT3D9, EDT_OPENGL, EDT_COUNT }; }
struct SIrrlichtCreationParameters {
  video::E_DRIVER_TYPE DriverType;
  core::dimension2d<s32> WindowSize;
  u8 Bits;
  u8 ZBufferBits;
  bool Fullscreen;
  bool Stencilbuffer;
  bool Vsync;
  u8 AntiAlias;
  void *WindowId;
};
class IrrlichtDevice {
public:
  virtual ~IrrlichtDevice() {}
  virtual bool run() = 0;
  virtual void setWindowCaption(const wchar_t *text) = 0;
  virtual bool isFullscreen() const = 0;
};
extern "C" IrrlichtDevice *createDeviceEx(const SIrrlichtCreationParameters &parameters);
}
//--- v2/irrlicht.h
namespace irr {
typedef signed int s32;
typedef unsigned int u32;
typedef unsigned char u8;
namespace core {
template <class T> class dimension2d {
public:
  dimension2d() : Width(0), Height(0) {}
  dimension2d(const T &width, const T &height) : Width(width), Height(height) {}
  bool operator==(const dimension2d<T> &other) const { return Width == other.Width && Height == other.Height; }
  T getArea() const { return Width * Height; }
  T Width;
  T Height;
};
}
namespace video { enum E_DRIVER_TYPE { EDT_NULL, EDT_SOFTWARE, EDT_BURNINGSVIDEO, EDT_DIRECT3D8, EDT_DIRECT3D9, EDT_OPENGL, EDT_COUNT }; }
struct SIrrlichtCreationParameters {
  video::E_DRIVER_TYPE DriverType;
  core::dimension2d<u32> WindowSize;
  u8 Bits;
  u8 ZBufferBits;
  bool Fullscreen;
  bool Stencilbuffer;
  bool Vsync;
  u8 AntiAlias;
  void *WindowId;
};
class IrrlichtDevice {
public:
  virtual ~IrrlichtDevice() {}
  virtual bool run() = 0;
  virtual void setWindowCaption(const wchar_t *text) = 0;
  virtual bool isFullscreen() const = 0;
};
extern "C" IrrlichtDevice *createDeviceEx(const SIrrlichtCreationParameters &parameters);
}
//--- v1
#include <cwchar>
#include "irrlicht.h"
namespace irr {
class CIrrDeviceStub : public IrrlichtDevice {
public:
  explicit CIrrDeviceStub(const SIrrlichtCreationParameters &p) : params(p), closed(false) {}
  bool run() override { return !closed; }
  void setWindowCaption(const wchar_t *text) override { closed = !text || !*text; }
  bool isFullscreen() const override { return params.Fullscreen; }
private:
  SIrrlichtCreationParameters params;
  bool closed;
};
extern "C" IrrlichtDevice *createDeviceEx(const SIrrlichtCreationParameters &parameters) {
  if (parameters.DriverType >= video::EDT_COUNT || parameters.WindowSize.Width <= 0 || parameters.WindowSize.Height <= 0) return nullptr;
  return new CIrrDeviceStub(parameters);
}
}
//--- v2
#include <cwchar>
#include "irrlicht.h"
namespace irr {
class CIrrDeviceStub : public IrrlichtDevice {
public:
  explicit CIrrDeviceStub(const SIrrlichtCreationParameters &p) : params(p), closed(false) {}
  bool run() override { return !closed; }
  void setWindowCaption(const wchar_t *text) override { closed = !text || !*text; }
  bool isFullscreen() const override { return params.Fullscreen; }
private:
  SIrrlichtCreationParameters params;
  bool closed;
};
extern "C" IrrlichtDevice *createDeviceEx(const SIrrlichtCreationParameters &parameters) {
  if (parameters.DriverType >= video::EDT_COUNT || parameters.WindowSize.Width == 0 || parameters.WindowSize.Height == 0) return nullptr;
  return new CIrrDeviceStub(parameters);
}
}
