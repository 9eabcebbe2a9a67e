// expect: info
// why: io::Reader is an interface consumers implement (pure virtuals, passed by reference to io::copy). v2 marks
// why: read and close noexcept. noexcept is not part of a virtual function's mangled name or slot, the vtable keeps
// why: its order and size, and overriders in old binaries are still called the same way; but an overrider
// why: without noexcept no longer compiles against v2 (a looser exception specification): a source-level change
// why: a reader should see, not a binary break.
// abidiff: 0 agree
// known-miss: none: neither the mangled names nor GCC's DWARF record noexcept on a member function (only on function types), so compat cannot see the exception specification change
//--- v1/io.h
namespace io {
class Reader {
public:
  virtual ~Reader();
  virtual long read(char *buf, long n) = 0;
  virtual void close() = 0;
};
long copy(Reader &r, char *out, long cap);
}
//--- v2/io.h
namespace io {
class Reader {
public:
  virtual ~Reader();
  virtual long read(char *buf, long n) noexcept = 0;
  virtual void close() noexcept = 0;
};
long copy(Reader &r, char *out, long cap);
}
//--- v1
#include "io.h"
namespace io {
Reader::~Reader() {}
long copy(Reader &r, char *out, long cap) { long n = r.read(out, cap); r.close(); return n; }
}
//--- v2
#include "io.h"
namespace io {
Reader::~Reader() {}
long copy(Reader &r, char *out, long cap) { long n = r.read(out, cap); r.close(); return n; }
}
