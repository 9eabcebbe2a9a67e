// expect: none
// why: Imath 3's cleanup of class half (here without its move into a versioned namespace): the bits member and the
// why: bits()/setBits() interface are spelled uint16_t instead of unsigned short, and the constructors, conversion
// why: and accessors are marked noexcept. uint16_t is a typedef of unsigned short, so _h, the 2-byte class and every
// why: mangled name (_ZN4half7setBitsEt) are the same; noexcept is not part of a function's mangled name or calling
// why: convention (as in 176). The two versions denote the same class and functions.
// abidiff: 0 agree
//--- v1/half.h
class half {
public:
  half() {}
  half(float f);
  operator float() const;
  half operator-() const;
  half &operator+=(half h);
  bool isNan() const;
  unsigned short bits() const;
  void setBits(unsigned short bits);
private:
  static short convert(int i);
  unsigned short _h;
};
//--- v2/half.h
#include <cstdint>
class half {
public:
  half() noexcept {}
  half(float f) noexcept;
  operator float() const noexcept;
  half operator-() const noexcept;
  half &operator+=(half h) noexcept;
  bool isNan() const noexcept;
  uint16_t bits() const noexcept;
  void setBits(uint16_t bits) noexcept;
private:
  static short convert(int i) noexcept;
  uint16_t _h;
};
//--- v1
#include <cstring>
#include "half.h"
short half::convert(int i) {
  int s = (i >> 16) & 0x8000, e = ((i >> 23) & 0xff) - (127 - 15), m = i & 0x7fffff;
  if (e <= 0) return (short)s;
  if (e >= 31) return (short)(s | 0x7c00);
  return (short)(s | (e << 10) | (m >> 13));
}
half::half(float f) { int i; std::memcpy(&i, &f, 4); _h = (unsigned short)convert(i); }
half::operator float() const {
  int s = (_h & 0x8000) << 16, e = (_h >> 10) & 0x1f, m = _h & 0x3ff, i;
  i = e == 0 ? s : e == 31 ? (s | 0x7f800000 | (m << 13)) : (s | ((e + 112) << 23) | (m << 13));
  float f; std::memcpy(&f, &i, 4); return f;
}
half half::operator-() const { half h; h._h = _h ^ 0x8000; return h; }
half &half::operator+=(half h) { *this = half(float(*this) + float(h)); return *this; }
bool half::isNan() const { return (_h & 0x7c00) == 0x7c00 && (_h & 0x3ff) != 0; }
unsigned short half::bits() const { return _h; }
void half::setBits(unsigned short bits) { _h = bits; }
//--- v2
#include <cstring>
#include "half.h"
short half::convert(int i) noexcept {
  int s = (i >> 16) & 0x8000, e = ((i >> 23) & 0xff) - (127 - 15), m = i & 0x7fffff;
  if (e <= 0) return (short)s;
  if (e >= 31) return (short)(s | 0x7c00);
  return (short)(s | (e << 10) | (m >> 13));
}
half::half(float f) noexcept { int i; std::memcpy(&i, &f, 4); _h = (uint16_t)convert(i); }
half::operator float() const noexcept {
  int s = (_h & 0x8000) << 16, e = (_h >> 10) & 0x1f, m = _h & 0x3ff, i;
  i = e == 0 ? s : e == 31 ? (s | 0x7f800000 | (m << 13)) : (s | ((e + 112) << 23) | (m << 13));
  float f; std::memcpy(&f, &i, 4); return f;
}
half half::operator-() const noexcept { half h; h._h = _h ^ 0x8000; return h; }
half &half::operator+=(half h) noexcept { *this = half(float(*this) + float(h)); return *this; }
bool half::isNan() const noexcept { return (_h & 0x7c00) == 0x7c00 && (_h & 0x3ff) != 0; }
uint16_t half::bits() const noexcept { return _h; }
void half::setBits(uint16_t bits) noexcept { _h = bits; }
