// expect: breaking
// why: fmt::memory_buffer is constructed by consumers (on their stack) through its exported constructor, and its
// why: inline size() and data() read its members. v2 marks the empty allocator member [[no_unique_address]]
// why: (FMT_NO_UNIQUE_ADDRESS): alloc_ no longer takes byte 0 of its own, so ptr_ moves from byte 8 to 0, size_
// why: from 16 to 8, capacity_ from 24 to 16, store_ from 32 to 24, and the class shrinks from 536 to 528 bytes.
// why: Old consumers' inline size() reads byte 16, where the library now keeps the capacity.
// abidiff: 4 agree
//--- v1/format.h
#include <cstddef>
#include <memory>
namespace fmt {
class memory_buffer {
public:
  memory_buffer();
  ~memory_buffer();
  void reserve(std::size_t new_capacity);
  void append(const char *begin, const char *end);
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  const char *data() const { return ptr_; }
private:
  std::allocator<char> alloc_;
  char *ptr_;
  std::size_t size_;
  std::size_t capacity_;
  char store_[500];
};
}
//--- v2/format.h
#include <cstddef>
#include <memory>
namespace fmt {
class memory_buffer {
public:
  memory_buffer();
  ~memory_buffer();
  void reserve(std::size_t new_capacity);
  void append(const char *begin, const char *end);
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  const char *data() const { return ptr_; }
private:
  [[no_unique_address]] std::allocator<char> alloc_;
  char *ptr_;
  std::size_t size_;
  std::size_t capacity_;
  char store_[500];
};
}
//--- lib.cc
#include <cstring>
#include "format.h"
namespace fmt {
memory_buffer::memory_buffer() : ptr_(store_), size_(0), capacity_(sizeof store_) {}
memory_buffer::~memory_buffer() { if (ptr_ != store_) alloc_.deallocate(ptr_, capacity_); }
void memory_buffer::reserve(std::size_t new_capacity) {
  if (new_capacity <= capacity_) return;
  std::size_t cap = capacity_ + capacity_ / 2;
  if (cap < new_capacity) cap = new_capacity;
  char *p = alloc_.allocate(cap);
  std::memcpy(p, ptr_, size_);
  if (ptr_ != store_) alloc_.deallocate(ptr_, capacity_);
  ptr_ = p; capacity_ = cap;
}
void memory_buffer::append(const char *begin, const char *end) {
  std::size_t n = static_cast<std::size_t>(end - begin);
  reserve(size_ + n);
  std::memcpy(ptr_ + size_, begin, n);
  size_ += n;
}
}
