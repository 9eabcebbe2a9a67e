// expect: breaking
// why: StringBuilder's inline constructor sets position_ in consumers' code, and AddString, exported, reads and
// why: updates it. v2 widens position_ from int to size_t: it stays at byte 16 and the class at 24 bytes, but
// why: the library now reads 8 bytes where old consumers' constructor wrote 4, the upper half being padding.
// abidiff: 4 agree
//--- v1/utils.h
namespace dc {
template <typename T> class Vector { public: Vector(T *data, int length) : start_(data), length_(length) {} T *start() const { return start_; } int length() const { return length_; } private: T *start_; int length_; };
class StringBuilder {
public:
  StringBuilder(char *buffer, int buffer_size) : buffer_(buffer, buffer_size), position_(0) {}
  void AddString(const char *s);
  const char *Finalize();
private:
  Vector<char> buffer_;
  int position_;
};
}
//--- v2/utils.h
#include <cstddef>
namespace dc {
template <typename T> class Vector { public: Vector(T *data, int length) : start_(data), length_(length) {} T *start() const { return start_; } int length() const { return length_; } private: T *start_; int length_; };
class StringBuilder {
public:
  StringBuilder(char *buffer, int buffer_size) : buffer_(buffer, buffer_size), position_(0) {}
  void AddString(const char *s);
  const char *Finalize();
private:
  Vector<char> buffer_;
  std::size_t position_;
};
}
//--- v1
#include "utils.h"
namespace dc {
void StringBuilder::AddString(const char *s) { while (*s && position_ + 1 < buffer_.length()) buffer_.start()[position_++] = *s++; }
const char *StringBuilder::Finalize() { buffer_.start()[position_] = 0; return buffer_.start(); }
}
//--- v2
#include "utils.h"
namespace dc {
void StringBuilder::AddString(const char *s) { while (*s && position_ + 1 < static_cast<std::size_t>(buffer_.length())) buffer_.start()[position_++] = *s++; }
const char *StringBuilder::Finalize() { buffer_.start()[position_] = 0; return buffer_.start(); }
}
