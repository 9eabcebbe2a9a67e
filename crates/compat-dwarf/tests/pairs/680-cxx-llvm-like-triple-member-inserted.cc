// expect: breaking
// why: llvm::Triple is a class consumers construct on their stack through its exported constructor and pass by
// why: reference to exported member functions, so its size and layout come from the header. v2 inserts unsigned
// why: SubArch after Arch, moving Vendor, OS and Environment and growing the class from 24 to 32 bytes: the
// why: exported constructor writes past old consumers' objects and getOS reads the wrong offset.
// abidiff: 4 agree
//--- v1/Triple.h
namespace llvm {
class Triple {
public:
  enum ArchType { UnknownArch, x86, x86_64, aarch64 };
  enum OSType { UnknownOS, Linux, Darwin, Win32 };
  explicit Triple(const char *Str);
  ArchType getArch() const;
  OSType getOS() const;
private:
  const char *Data;
  ArchType Arch;
  unsigned Vendor;
  OSType OS;
  unsigned Environment;
};
}
//--- v2/Triple.h
namespace llvm {
class Triple {
public:
  enum ArchType { UnknownArch, x86, x86_64, aarch64 };
  enum OSType { UnknownOS, Linux, Darwin, Win32 };
  explicit Triple(const char *Str);
  ArchType getArch() const;
  OSType getOS() const;
private:
  const char *Data;
  ArchType Arch;
  unsigned SubArch;
  unsigned Vendor;
  OSType OS;
  unsigned Environment;
};
}
//--- v1
#include <cstring>
#include "Triple.h"
namespace llvm {
Triple::Triple(const char *Str) : Data(Str), Arch(std::strncmp(Str, "x86_64", 6) ? UnknownArch : x86_64), Vendor(0), OS(std::strstr(Str, "linux") ? Linux : UnknownOS), Environment(0) {}
Triple::ArchType Triple::getArch() const { return Arch; }
Triple::OSType Triple::getOS() const { return OS; }
}
//--- v2
#include <cstring>
#include "Triple.h"
namespace llvm {
Triple::Triple(const char *Str) : Data(Str), Arch(std::strncmp(Str, "x86_64", 6) ? UnknownArch : x86_64), SubArch(0), Vendor(0), OS(std::strstr(Str, "linux") ? Linux : UnknownOS), Environment(0) {}
Triple::ArchType Triple::getArch() const { return Arch; }
Triple::OSType Triple::getOS() const { return OS; }
}
