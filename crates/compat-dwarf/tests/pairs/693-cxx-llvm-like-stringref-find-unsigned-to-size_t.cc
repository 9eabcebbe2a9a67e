// expect: breaking
// why: llvm::StringRef::find is exported out of line; v2 widens its From parameter from unsigned to size_t, which
// why: changes the mangled name from _ZNK4llvm9StringRef4findEcj to _ZNK4llvm9StringRef4findEcm: binaries built
// why: against v1 no longer find the symbol they call.
// abidiff: 12 agree
//--- v1/StringRef.h
#include <cstddef>
namespace llvm {
class StringRef {
public:
  StringRef(const char *data, std::size_t length) : Data(data), Length(length) {}
  std::size_t size() const { return Length; }
  std::size_t find(char C, unsigned From) const;
private:
  const char *Data;
  std::size_t Length;
};
}
//--- v2/StringRef.h
#include <cstddef>
namespace llvm {
class StringRef {
public:
  StringRef(const char *data, std::size_t length) : Data(data), Length(length) {}
  std::size_t size() const { return Length; }
  std::size_t find(char C, std::size_t From) const;
private:
  const char *Data;
  std::size_t Length;
};
}
//--- v1
#include "StringRef.h"
namespace llvm {
std::size_t StringRef::find(char C, unsigned From) const { for (std::size_t i = From; i < Length; ++i) if (Data[i] == C) return i; return std::size_t(-1); }
}
//--- v2
#include "StringRef.h"
namespace llvm {
std::size_t StringRef::find(char C, std::size_t From) const { for (std::size_t i = From; i < Length; ++i) if (Data[i] == C) return i; return std::size_t(-1); }
}
