// expect: breaking
// why: util::Ring is defined entirely in the header (inline constructor and accessors) and consumers keep it by value
// why: and hand it to the exported util::drain(Ring &, ...). v2 reorders its private members (head_ and tail_ before
// why: buf_): the size stays 24 bytes, but buf_ moves from byte 0 to 8 and head_ from 8 to 0, so the inline code
// why: compiled into consumers and the library's drain disagree on where each member is.
// abidiff: 4 agree
//--- v1/ring.h
#include <cstddef>
namespace util {
class Ring {
public:
  explicit Ring(char *buf) : buf_(buf), head_(0), tail_(0) {}
  void put(char c) { buf_[tail_++ % 64] = c; }
  bool empty() const { return head_ == tail_; }
  char get() { return buf_[head_++ % 64]; }
private:
  char *buf_;
  unsigned head_;
  unsigned tail_;
  std::size_t dropped_;
};
std::size_t drain(Ring &r, char *out, std::size_t cap);
}
//--- v2/ring.h
#include <cstddef>
namespace util {
class Ring {
public:
  explicit Ring(char *buf) : head_(0), tail_(0), buf_(buf) {}
  void put(char c) { buf_[tail_++ % 64] = c; }
  bool empty() const { return head_ == tail_; }
  char get() { return buf_[head_++ % 64]; }
private:
  unsigned head_;
  unsigned tail_;
  char *buf_;
  std::size_t dropped_;
};
std::size_t drain(Ring &r, char *out, std::size_t cap);
}
//--- v1
#include "ring.h"
namespace util {
std::size_t drain(Ring &r, char *out, std::size_t cap) { std::size_t n = 0; while (n < cap && !r.empty()) out[n++] = r.get(); return n; }
}
//--- v2
#include "ring.h"
namespace util {
std::size_t drain(Ring &r, char *out, std::size_t cap) { std::size_t n = 0; while (n < cap && !r.empty()) out[n++] = r.get(); return n; }
}
