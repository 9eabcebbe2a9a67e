// expect: warning
// why: io::Buffer has an exported constructor and member functions, so it is public and callers hold it by value. v2
// why: makes its private member used_ unsigned int instead of int: same size and offset, so the layout holds, but
// why: inline code compiled against v1 (Buffer::empty() tests used_ <= 0) reads the value with the other signedness: a
// why: warning.
// abidiff: 4 agree
//--- v1/buf.h
namespace io {
class Buffer {
public:
  Buffer();
  void append(const char *s, int n);
  bool empty() const { return used_ <= 0; }
private:
  char data_[256];
  int used_;
};
}
//--- v2/buf.h
namespace io {
class Buffer {
public:
  Buffer();
  void append(const char *s, int n);
  bool empty() const { return used_ == 0; }
private:
  char data_[256];
  unsigned int used_;
};
}
//--- v1
#include "buf.h"
namespace io {
Buffer::Buffer() : data_(), used_(0) {}
void Buffer::append(const char *s, int n) { for (int i = 0; i < n && used_ < 256; i++) data_[used_++] = s[i]; }
}
//--- v2
#include "buf.h"
namespace io {
Buffer::Buffer() : data_(), used_(0) {}
void Buffer::append(const char *s, int n) { for (int i = 0; i < n && used_ < 256; i++) data_[used_++] = s[i]; }
}
