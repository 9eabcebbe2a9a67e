// expect: breaking
// why: Buffer::size() becomes a const member function: its mangled name gains K (_ZNK5arrow6Buffer4sizeEv
// why: instead of _ZN5arrow6Buffer4sizeEv), so the symbol old binaries call is gone.
// abidiff: 12 agree
//--- v1/buffer.h
#include <cstdint>
namespace arrow {
class Buffer {
public:
  Buffer(const std::uint8_t *data, std::int64_t size);
  std::int64_t size();
  const std::uint8_t *data() const;
private:
  const std::uint8_t *data_; std::int64_t size_;
};
}
//--- v2/buffer.h
#include <cstdint>
namespace arrow {
class Buffer {
public:
  Buffer(const std::uint8_t *data, std::int64_t size);
  std::int64_t size() const;
  const std::uint8_t *data() const;
private:
  const std::uint8_t *data_; std::int64_t size_;
};
}
//--- v1
#include "buffer.h"
namespace arrow {
Buffer::Buffer(const std::uint8_t *data, std::int64_t size) : data_(data), size_(size) {}
std::int64_t Buffer::size() { return size_; }
const std::uint8_t *Buffer::data() const { return data_; }
}
//--- v2
#include "buffer.h"
namespace arrow {
Buffer::Buffer(const std::uint8_t *data, std::int64_t size) : data_(data), size_(size) {}
std::int64_t Buffer::size() const { return size_; }
const std::uint8_t *Buffer::data() const { return data_; }
}
