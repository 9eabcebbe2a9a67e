// expect: breaking
// why: cereal::BinaryOutputArchive has an exported constructor and consumers create it on their stack; its base
// why: detail::OutputArchiveBase gains a virtual destructor in v2 (as cereal 1.2 did), so the base, and with it
// why: the archive, gets a vtable pointer at byte 0: the members move by 8 bytes and the class grows, and the
// why: inline written() compiled against v1 reads the wrong word.
// abidiff: 12 agree
//--- v1/archive.h
#include <cstddef>
#include <cstdint>
#include <string>
namespace cereal {
namespace detail { class OutputArchiveBase { public: OutputArchiveBase() = default; protected: std::uint32_t itsCurrentPointerId = 1; }; }
class BinaryOutputArchive : public detail::OutputArchiveBase {
public:
  explicit BinaryOutputArchive(std::string &out);
  void saveBinary(const void *data, std::size_t size);
  std::size_t written() const { return itsWritten; }
private:
  std::string &itsStream;
  std::size_t itsWritten = 0;
};
}
//--- v2/archive.h
#include <cstddef>
#include <cstdint>
#include <string>
namespace cereal {
namespace detail { class OutputArchiveBase { public: OutputArchiveBase() = default; virtual ~OutputArchiveBase() noexcept = default; protected: std::uint32_t itsCurrentPointerId = 1; }; }
class BinaryOutputArchive : public detail::OutputArchiveBase {
public:
  explicit BinaryOutputArchive(std::string &out);
  void saveBinary(const void *data, std::size_t size);
  std::size_t written() const { return itsWritten; }
private:
  std::string &itsStream;
  std::size_t itsWritten = 0;
};
}
//--- v1
#include "archive.h"
namespace cereal {
BinaryOutputArchive::BinaryOutputArchive(std::string &out) : itsStream(out) {}
void BinaryOutputArchive::saveBinary(const void *data, std::size_t size) { itsStream.append(static_cast<const char *>(data), size); itsWritten += size; }
}
//--- v2
#include "archive.h"
namespace cereal {
BinaryOutputArchive::BinaryOutputArchive(std::string &out) : itsStream(out) {}
void BinaryOutputArchive::saveBinary(const void *data, std::size_t size) { itsStream.append(static_cast<const char *>(data), size); itsWritten += size; }
}
