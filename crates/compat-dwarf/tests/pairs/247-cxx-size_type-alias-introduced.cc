// expect: none
// why: Buffer introduces using size_type = std::size_t and spells its parameter, result and member with it:
// why: the same type (unsigned long), the same mangled names (_ZN6Buffer7reserveEm) and the same layout.
// abidiff: 0 agree
//--- v1/buffer.h
#include <cstddef>
class Buffer {
public:
  Buffer();
  void reserve(std::size_t n);
  std::size_t capacity() const;
private:
  char *p_;
  std::size_t cap_;
};
//--- v2/buffer.h
#include <cstddef>
class Buffer {
public:
  using size_type = std::size_t;
  Buffer();
  void reserve(size_type n);
  size_type capacity() const;
private:
  char *p_;
  size_type cap_;
};
//--- v1
#include <cstdlib>
#include "buffer.h"
Buffer::Buffer() : p_(nullptr), cap_(0) {}
void Buffer::reserve(std::size_t n) { if (n > cap_) { p_ = static_cast<char *>(std::realloc(p_, n)); cap_ = n; } }
std::size_t Buffer::capacity() const { return cap_; }
//--- v2
#include <cstdlib>
#include "buffer.h"
Buffer::Buffer() : p_(nullptr), cap_(0) {}
void Buffer::reserve(size_type n) { if (n > cap_) { p_ = static_cast<char *>(std::realloc(p_, n)); cap_ = n; } }
Buffer::size_type Buffer::capacity() const { return cap_; }
