// expect: breaking
// why: fmt 11 replaces detail::buffer's virtual grow() by a grow_ function pointer so that buffers need no
// why: vtable. buffer and its derived memory_buffer, which consumers construct through the exported
// why: constructor and read through inline size() and data(), lose their vtable pointer: ptr_ moves from byte
// why: 8 to 0, size_ from 16 to 8, capacity_ from 24 to 16, grow_ takes byte 24, and _ZTVN3fmt13memory_bufferE
// why: and the virtual memory_buffer::grow(unsigned long) disappear. Old consumers' inline size() reads byte 16,
// why: the capacity.
// abidiff: 12 agree
//--- v1/format.h
#include <cstddef>
namespace fmt {
class buffer {
protected:
  char *ptr_;
  std::size_t size_;
  std::size_t capacity_;
  buffer(char *p, std::size_t cap) : ptr_(p), size_(0), capacity_(cap) {}
  virtual void grow(std::size_t capacity) = 0;
public:
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  const char *data() const { return ptr_; }
  void append(const char *begin, const char *end);
};
class memory_buffer : public buffer {
  char store_[500];
protected:
  void grow(std::size_t capacity) override;
public:
  memory_buffer();
  ~memory_buffer();
};
}
//--- v2/format.h
#include <cstddef>
namespace fmt {
class buffer {
  char *ptr_;
  std::size_t size_;
  std::size_t capacity_;
protected:
  using grow_fun = void (*)(buffer &buf, std::size_t capacity);
  grow_fun grow_;
  buffer(grow_fun grow, char *p, std::size_t cap) : ptr_(p), size_(0), capacity_(cap), grow_(grow) {}
  void set(char *p, std::size_t cap) { ptr_ = p; capacity_ = cap; }
public:
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  const char *data() const { return ptr_; }
  void append(const char *begin, const char *end);
};
class memory_buffer : public buffer {
  char store_[500];
  static void grow(buffer &buf, std::size_t capacity);
public:
  memory_buffer();
  ~memory_buffer();
};
}
//--- v1
#include <cstring>
#include "format.h"
namespace fmt {
void buffer::append(const char *begin, const char *end) {
  std::size_t n = static_cast<std::size_t>(end - begin);
  if (size_ + n > capacity_) grow(size_ + n);
  std::memcpy(ptr_ + size_, begin, n);
  size_ += n;
}
memory_buffer::memory_buffer() : buffer(store_, sizeof store_) {}
memory_buffer::~memory_buffer() { if (ptr_ != store_) delete[] ptr_; }
void memory_buffer::grow(std::size_t capacity) {
  std::size_t cap = capacity_ + capacity_ / 2;
  if (cap < capacity) cap = capacity;
  char *p = new char[cap];
  std::memcpy(p, ptr_, size_);
  if (ptr_ != store_) delete[] ptr_;
  ptr_ = p; capacity_ = cap;
}
}
//--- v2
#include <cstring>
#include "format.h"
namespace fmt {
void buffer::append(const char *begin, const char *end) {
  std::size_t n = static_cast<std::size_t>(end - begin);
  if (size_ + n > capacity_) grow_(*this, size_ + n);
  std::memcpy(ptr_ + size_, begin, n);
  size_ += n;
}
memory_buffer::memory_buffer() : buffer(grow, store_, sizeof store_) {}
memory_buffer::~memory_buffer() { if (data() != store_) delete[] data(); }
void memory_buffer::grow(buffer &buf, std::size_t capacity) {
  memory_buffer &self = static_cast<memory_buffer &>(buf);
  std::size_t cap = self.capacity() + self.capacity() / 2;
  if (cap < capacity) cap = capacity;
  char *p = new char[cap];
  std::memcpy(p, self.data(), self.size());
  if (self.data() != self.store_) delete[] self.data();
  self.set(p, cap);
}
}
