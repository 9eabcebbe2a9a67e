// expect: breaking
// why: the other side of 606: the same simdjson::padded_string with its private members swapped, but size() is
// why: defined inline in the class, so consumers' binaries read viable_size at byte 0 themselves; in v2 that is
// why: data_ptr. Private, but read by code compiled into consumers.
// abidiff: 4 agree
//--- v1/padded_string.h
#include <cstddef>
namespace simdjson {
class padded_string final {
public:
  padded_string() noexcept;
  explicit padded_string(std::size_t length) noexcept;
  padded_string(const padded_string &o) noexcept;
  padded_string(padded_string &&o) noexcept;
  padded_string &operator=(padded_string &&o) noexcept;
  ~padded_string() noexcept;
  std::size_t size() const noexcept { return viable_size; }
  const char *data() const noexcept;
private:
  std::size_t viable_size{0};
  char *data_ptr{nullptr};
};
}
//--- v2/padded_string.h
#include <cstddef>
namespace simdjson {
class padded_string final {
public:
  padded_string() noexcept;
  explicit padded_string(std::size_t length) noexcept;
  padded_string(const padded_string &o) noexcept;
  padded_string(padded_string &&o) noexcept;
  padded_string &operator=(padded_string &&o) noexcept;
  ~padded_string() noexcept;
  std::size_t size() const noexcept { return viable_size; }
  const char *data() const noexcept;
private:
  char *data_ptr{nullptr};
  std::size_t viable_size{0};
};
}
//--- v1
#include <cstring>
#include <new>
#include "padded_string.h"
namespace simdjson {
padded_string::padded_string() noexcept = default;
padded_string::padded_string(std::size_t length) noexcept : viable_size(length), data_ptr(new (std::nothrow) char[length + 64]()) {}
padded_string::padded_string(const padded_string &o) noexcept : padded_string(o.viable_size) { if (data_ptr) std::memcpy(data_ptr, o.data_ptr, viable_size); }
padded_string::padded_string(padded_string &&o) noexcept : viable_size(o.viable_size), data_ptr(o.data_ptr) { o.data_ptr = nullptr; o.viable_size = 0; }
padded_string &padded_string::operator=(padded_string &&o) noexcept { delete[] data_ptr; data_ptr = o.data_ptr; viable_size = o.viable_size; o.data_ptr = nullptr; o.viable_size = 0; return *this; }
padded_string::~padded_string() noexcept { delete[] data_ptr; }
const char *padded_string::data() const noexcept { return data_ptr; }
}
//--- v2
#include <cstring>
#include <new>
#include "padded_string.h"
namespace simdjson {
padded_string::padded_string() noexcept = default;
padded_string::padded_string(std::size_t length) noexcept : data_ptr(new (std::nothrow) char[length + 64]()), viable_size(length) {}
padded_string::padded_string(const padded_string &o) noexcept : padded_string(o.viable_size) { if (data_ptr) std::memcpy(data_ptr, o.data_ptr, viable_size); }
padded_string::padded_string(padded_string &&o) noexcept : data_ptr(o.data_ptr), viable_size(o.viable_size) { o.data_ptr = nullptr; o.viable_size = 0; }
padded_string &padded_string::operator=(padded_string &&o) noexcept { delete[] data_ptr; data_ptr = o.data_ptr; viable_size = o.viable_size; o.data_ptr = nullptr; o.viable_size = 0; return *this; }
padded_string::~padded_string() noexcept { delete[] data_ptr; }
const char *padded_string::data() const noexcept { return data_ptr; }
}
