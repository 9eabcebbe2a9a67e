// expect: breaking
// why: Catch::StringRef is passed and returned by value (Catch::startsWith(StringRef, StringRef),
// why: Catch::trim(StringRef)). In v1 it carries a lazily allocated char *m_data for c_str(), freed by a
// why: user-provided destructor, with a user-provided copy constructor: 24 bytes, non-trivial for calls, so
// why: arguments travel as pointers to temporaries in %rdi and %rsi and the result through a hidden pointer. Catch2
// why: 2.x later drops m_data, the destructor and the copy constructor: 16 trivially copyable bytes that travel in
// why: %rdi:%rsi and %rdx:%rcx and come back in %rax:%rdx. The mangled names are unchanged, so old binaries bind and
// why: pass two addresses where v2 reads m_start and m_size.
// abidiff: 4 agree
//--- v1/catch_stringref.h
#include <cstddef>
namespace Catch {
class StringRef {
public:
  using size_type = std::size_t;
  StringRef() noexcept : m_start(""), m_size(0) {}
  StringRef(char const *rawChars) noexcept;
  StringRef(char const *rawChars, size_type size) noexcept : m_start(rawChars), m_size(size) {}
  StringRef(StringRef const &other) noexcept : m_start(other.m_start), m_size(other.m_size) {}
  ~StringRef() noexcept { delete[] m_data; }
  size_type size() const noexcept { return m_size; }
  char const *data() const noexcept { return m_start; }
  bool empty() const noexcept { return m_size == 0; }
private:
  char const *m_start;
  size_type m_size;
  char *m_data = nullptr;
};
bool startsWith(StringRef s, StringRef prefix);
StringRef trim(StringRef ref);
}
//--- v2/catch_stringref.h
#include <cstddef>
namespace Catch {
class StringRef {
public:
  using size_type = std::size_t;
  constexpr StringRef() noexcept = default;
  StringRef(char const *rawChars) noexcept;
  constexpr StringRef(char const *rawChars, size_type size) noexcept : m_start(rawChars), m_size(size) {}
  constexpr size_type size() const noexcept { return m_size; }
  constexpr char const *data() const noexcept { return m_start; }
  constexpr bool empty() const noexcept { return m_size == 0; }
private:
  char const *m_start = "";
  size_type m_size = 0;
};
bool startsWith(StringRef s, StringRef prefix);
StringRef trim(StringRef ref);
}
//--- lib.cc
#include <cstring>
#include "catch_stringref.h"
namespace Catch {
StringRef::StringRef(char const *rawChars) noexcept : StringRef(rawChars, std::strlen(rawChars)) {}
bool startsWith(StringRef s, StringRef prefix) { return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0; }
StringRef trim(StringRef ref) {
  static char const *const ws = " \t\n\r";
  std::size_t start = 0, end = ref.size();
  while (start < end && std::strchr(ws, ref.data()[start])) ++start;
  while (end > start && std::strchr(ws, ref.data()[end - 1])) --end;
  return StringRef(ref.data() + start, end - start);
}
}
