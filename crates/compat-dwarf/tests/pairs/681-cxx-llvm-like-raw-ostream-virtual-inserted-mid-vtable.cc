// expect: breaking
// why: llvm::raw_ostream is an abstract class consumers derive from (their own streams implement write_impl and
// why: current_pos); the library's exported write calls them through the vtable. v2 inserts the virtual
// why: reserveExtraSpace before current_pos, so current_pos and preferred_buffer_size move one slot down: the
// why: library calls the wrong function of old consumers' vtables (as in 75).
// abidiff: 12 agree
//--- v1/raw_ostream.h
#include <cstddef>
#include <cstdint>
namespace llvm {
class raw_ostream {
public:
  raw_ostream();
  virtual ~raw_ostream();
  raw_ostream &write(const char *Ptr, std::size_t Size);
  std::uint64_t tell() const;
protected:
  virtual void write_impl(const char *Ptr, std::size_t Size) = 0;
  virtual std::uint64_t current_pos() const = 0;
  virtual std::size_t preferred_buffer_size() const;
private:
  std::size_t Buffered;
};
}
//--- v2/raw_ostream.h
#include <cstddef>
#include <cstdint>
namespace llvm {
class raw_ostream {
public:
  raw_ostream();
  virtual ~raw_ostream();
  raw_ostream &write(const char *Ptr, std::size_t Size);
  std::uint64_t tell() const;
protected:
  virtual void write_impl(const char *Ptr, std::size_t Size) = 0;
  virtual void reserveExtraSpace(std::uint64_t ExtraSize);
  virtual std::uint64_t current_pos() const = 0;
  virtual std::size_t preferred_buffer_size() const;
private:
  std::size_t Buffered;
};
}
//--- v1
#include "raw_ostream.h"
namespace llvm {
raw_ostream::raw_ostream() : Buffered(0) {}
raw_ostream::~raw_ostream() {}
std::size_t raw_ostream::preferred_buffer_size() const { return 4096; }
raw_ostream &raw_ostream::write(const char *Ptr, std::size_t Size) { if (Size >= preferred_buffer_size()) write_impl(Ptr, Size); else Buffered += Size; return *this; }
std::uint64_t raw_ostream::tell() const { return current_pos() + Buffered; }
}
//--- v2
#include "raw_ostream.h"
namespace llvm {
raw_ostream::raw_ostream() : Buffered(0) {}
raw_ostream::~raw_ostream() {}
void raw_ostream::reserveExtraSpace(std::uint64_t) {}
std::size_t raw_ostream::preferred_buffer_size() const { return 4096; }
raw_ostream &raw_ostream::write(const char *Ptr, std::size_t Size) { reserveExtraSpace(Size); if (Size >= preferred_buffer_size()) write_impl(Ptr, Size); else Buffered += Size; return *this; }
std::uint64_t raw_ostream::tell() const { return current_pos() + Buffered; }
}
