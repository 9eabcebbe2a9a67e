// expect: info
// why: text::find_span returns std::pair<int, int> in v1 and struct Span {int begin; int end;} in v2. Both are 8
// why: bytes, trivially copyable, of INTEGER class and returned in rax; the function is not a template, so its
// why: mangled name (_ZN4text9find_spanEPKcS1_) has no return type and is unchanged. Binaries are unaffected;
// why: sources that used .first and .second must change: a renamed type of the same layout (as in 87).
// abidiff: 4 disagree: abidiff reports the return type of text::find_span changed from std::pair<int, int> to text::Span; both are 8-byte trivially copyable pairs of ints returned in rax, and the mangled name has no return type (as in 87).
//--- v1/span.h
#include <utility>
namespace text {
std::pair<int, int> find_span(const char *haystack, const char *needle);
}
//--- v2/span.h
namespace text {
struct Span { int begin; int end; };
Span find_span(const char *haystack, const char *needle);
}
//--- v1
#include <cstring>
#include "span.h"
namespace text {
std::pair<int, int> find_span(const char *haystack, const char *needle) {
  const char *p = std::strstr(haystack, needle);
  if (!p) return {-1, -1};
  int b = static_cast<int>(p - haystack);
  return {b, b + static_cast<int>(std::strlen(needle))};
}
}
//--- v2
#include <cstring>
#include "span.h"
namespace text {
Span find_span(const char *haystack, const char *needle) {
  const char *p = std::strstr(haystack, needle);
  if (!p) return {-1, -1};
  int b = static_cast<int>(p - haystack);
  return {b, b + static_cast<int>(std::strlen(needle))};
}
}
