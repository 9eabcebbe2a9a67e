// expect: info
// why: Imf::IStream is the interface consumers implement to feed files from their own storage; the library calls it
// why: through the vtable. OpenEXR 3 declares its pure virtuals tellg() and seekg(pos) with uint64_t (unsigned long)
// why: instead of Imath's Int64 (unsigned long long): both are 8-byte unsigned integers in %rax and %rsi, the slots
// why: (5 and 6) and the 40-byte class are unchanged, and no exported symbol mentions the type (pure virtuals have
// why: no symbol; InputFile only calls them), so old consumers' overrides are still called correctly. Consumers'
// why: sources that spell unsigned long long in their overrides no longer override, an API change (as in 300).
// abidiff: 12 disagree: abidiff reports the virtual seekg(Imath::Int64) deleted and seekg(uint64_t) inserted at the same vtable offset 6; a pure virtual has no symbol, and the slot, register and 8-byte unsigned value are the same, so old consumers' overrides are still called correctly (as in 300).
//--- v1/ImfIO.h
#include <string>
namespace Imath { typedef long long unsigned int Int64; }
namespace Imf {
using Imath::Int64;
class IStream {
public:
  virtual ~IStream();
  virtual bool isMemoryMapped() const;
  virtual bool read(char c[], int n) = 0;
  virtual char *readMemoryMapped(int n);
  virtual Int64 tellg() = 0;
  virtual void seekg(Int64 pos) = 0;
  virtual void clear();
  const char *fileName() const;
protected:
  IStream(const char fileName[]);
private:
  std::string _fileName;
};
class InputFile {
public:
  explicit InputFile(IStream &is);
  ~InputFile();
  int version() const;
  bool isComplete() const;
private:
  IStream *_is;
  int _version;
};
}
//--- v2/ImfIO.h
#include <cstdint>
#include <string>
namespace Imath { typedef long long unsigned int Int64; }
namespace Imf {
using Imath::Int64;
class IStream {
public:
  virtual ~IStream();
  virtual bool isMemoryMapped() const;
  virtual bool read(char c[], int n) = 0;
  virtual char *readMemoryMapped(int n);
  virtual uint64_t tellg() = 0;
  virtual void seekg(uint64_t pos) = 0;
  virtual void clear();
  const char *fileName() const;
protected:
  IStream(const char fileName[]);
private:
  std::string _fileName;
};
class InputFile {
public:
  explicit InputFile(IStream &is);
  ~InputFile();
  int version() const;
  bool isComplete() const;
private:
  IStream *_is;
  int _version;
};
}
//--- lib.cc
#include <stdexcept>
#include "ImfIO.h"
namespace Imf {
IStream::IStream(const char fileName[]) : _fileName(fileName) {}
IStream::~IStream() {}
bool IStream::isMemoryMapped() const { return false; }
char *IStream::readMemoryMapped(int) { throw std::logic_error("not memory mapped"); }
void IStream::clear() {}
const char *IStream::fileName() const { return _fileName.c_str(); }
InputFile::InputFile(IStream &is) : _is(&is), _version(0) {
  char magic[8];
  _is->seekg(0);
  if (!_is->read(magic, 8) || magic[0] != 0x76 || magic[1] != 0x2f) throw std::runtime_error("not an OpenEXR file");
  _version = magic[4];
}
InputFile::~InputFile() {}
int InputFile::version() const { return _version; }
bool InputFile::isComplete() const { auto pos = _is->tellg(); _is->seekg(pos); return pos >= 8; }
}
