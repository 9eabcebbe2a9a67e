// expect: breaking
// why: io::Stream has exported constructors and virtual functions, so it is public, and consumers derive from it.
// why: v1 derives it from io::Device through a virtual base (class Stream : public virtual Device); v2 makes the base
// why: non-virtual. The object loses its virtual-base pointer and offset entry: Device's members move from the end
// why: of the object to its start, the vtable loses its vbase offset, the size changes and the constructors no
// why: longer take a VTT, so derived classes compiled against v1 build and read the object wrongly.
// abidiff: 12 agree
//--- v1/stream.h
namespace io {
class Device {
public:
  Device();
  virtual ~Device();
  virtual long read(char *buf, long n);
  int fd() const { return fd_; }
protected:
  int fd_;
};
class Stream : public virtual Device {
public:
  Stream();
  ~Stream() override;
  long read(char *buf, long n) override;
  long gcount() const { return gcount_; }
private:
  long gcount_;
};
}
//--- v2/stream.h
namespace io {
class Device {
public:
  Device();
  virtual ~Device();
  virtual long read(char *buf, long n);
  int fd() const { return fd_; }
protected:
  int fd_;
};
class Stream : public Device {
public:
  Stream();
  ~Stream() override;
  long read(char *buf, long n) override;
  long gcount() const { return gcount_; }
private:
  long gcount_;
};
}
//--- v1
#include "stream.h"
namespace io {
Device::Device() : fd_(-1) {}
Device::~Device() {}
long Device::read(char *buf, long n) { (void)buf; return fd_ < 0 ? -1 : n; }
Stream::Stream() : gcount_(0) {}
Stream::~Stream() {}
long Stream::read(char *buf, long n) { long r = Device::read(buf, n); gcount_ = r < 0 ? 0 : r; return r; }
}
//--- v2
#include "stream.h"
namespace io {
Device::Device() : fd_(-1) {}
Device::~Device() {}
long Device::read(char *buf, long n) { (void)buf; return fd_ < 0 ? -1 : n; }
Stream::Stream() : gcount_(0) {}
Stream::~Stream() {}
long Stream::read(char *buf, long n) { long r = Device::read(buf, n); gcount_ = r < 0 ? 0 : r; return r; }
}
