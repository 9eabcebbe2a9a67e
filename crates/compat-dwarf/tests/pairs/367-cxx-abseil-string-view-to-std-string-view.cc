// expect: breaking
// why: absl::string_view becomes an alias of std::string_view (ABSL_USES_STD_STRING_VIEW, the default once
// why: abseil requires C++17). Every function taking it changes its mangled name: absl::StrContains goes from
// why: _ZN4absl11StrContainsENS_11string_viewES0_ to
// why: _ZN4absl11StrContainsESt17basic_string_viewIcSt11char_traitsIcEES3_, and string_view::find is no longer
// why: exported, so binaries built against v1 no longer load. The layout differs too: absl's class keeps ptr_
// why: before length_, libstdc++'s keeps the length first, so even the by-value registers would be swapped.
// abidiff: 12 agree
//--- v1/match.h
#include <cstddef>
#include <cstring>
namespace absl {
class string_view {
public:
  constexpr string_view() noexcept : ptr_(nullptr), length_(0) {}
  string_view(const char *str) : ptr_(str), length_(str ? std::strlen(str) : 0) {}
  constexpr string_view(const char *data, std::size_t len) : ptr_(data), length_(len) {}
  constexpr const char *data() const noexcept { return ptr_; }
  constexpr std::size_t size() const noexcept { return length_; }
  std::size_t find(string_view s, std::size_t pos = 0) const noexcept;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
private:
  const char *ptr_;
  std::size_t length_;
};
bool StrContains(string_view haystack, string_view needle) noexcept;
bool StartsWith(string_view text, string_view prefix) noexcept;
}
//--- v2/match.h
#include <cstddef>
#include <string_view>
namespace absl {
using std::string_view;
bool StrContains(string_view haystack, string_view needle) noexcept;
bool StartsWith(string_view text, string_view prefix) noexcept;
}
//--- v1
#include "match.h"
namespace absl {
std::size_t string_view::find(string_view s, std::size_t pos) const noexcept {
  if (s.length_ > length_) return npos;
  for (std::size_t i = pos; i + s.length_ <= length_; i++)
    if (std::memcmp(ptr_ + i, s.ptr_, s.length_) == 0) return i;
  return npos;
}
bool StrContains(string_view haystack, string_view needle) noexcept { return haystack.find(needle) != string_view::npos; }
bool StartsWith(string_view text, string_view prefix) noexcept { return prefix.size() == 0 || (text.size() >= prefix.size() && std::memcmp(text.data(), prefix.data(), prefix.size()) == 0); }
}
//--- v2
#include <cstring>
#include "match.h"
namespace absl {
bool StrContains(string_view haystack, string_view needle) noexcept { return haystack.find(needle) != string_view::npos; }
bool StartsWith(string_view text, string_view prefix) noexcept { return prefix.size() == 0 || (text.size() >= prefix.size() && std::memcmp(text.data(), prefix.data(), prefix.size()) == 0); }
}
