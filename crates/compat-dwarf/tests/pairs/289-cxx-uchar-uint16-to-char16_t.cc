// expect: breaking
// why: ICU 59 made UChar char16_t instead of uint16_t. In C++ char16_t is a distinct type, so the C++ functions
// why: taking UChar pointers change their mangled names (_ZN3icu8u_strlenEPKt becomes ...EPKDs): the v1 symbols
// why: disappear and old binaries fail to resolve them.
// abidiff: 12 agree
//--- v1/ustring.h
#include <cstdint>
namespace icu {
typedef std::uint16_t UChar;
std::int32_t u_strlen(const UChar *s);
std::int32_t u_countChar32(const UChar *s, std::int32_t length);
}
//--- v2/ustring.h
#include <cstdint>
namespace icu {
typedef char16_t UChar;
std::int32_t u_strlen(const UChar *s);
std::int32_t u_countChar32(const UChar *s, std::int32_t length);
}
//--- lib.cc
#include "ustring.h"
namespace icu {
std::int32_t u_strlen(const UChar *s) { std::int32_t n = 0; while (s[n]) n++; return n; }
std::int32_t u_countChar32(const UChar *s, std::int32_t length) {
  std::int32_t n = 0;
  for (std::int32_t i = 0; i < length; i++) if ((s[i] & 0xFC00) != 0xDC00) n++;
  return n;
}
}
