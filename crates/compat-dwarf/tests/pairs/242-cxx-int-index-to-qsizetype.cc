// expect: breaking
// why: ByteArray::at and ByteArray::resize take long long (Qt 6's qsizetype) instead of int: the mangled names
// why: change (_ZNK9ByteArray2atEi to ...Ex), so the symbols old binaries call are gone.
// abidiff: 12 agree
//--- v1/bytearray.h
class ByteArray {
public:
  ByteArray();
  char at(int i) const;
  void resize(int size);
private:
  char *d_;
  int size_;
};
//--- v2/bytearray.h
class ByteArray {
public:
  ByteArray();
  char at(long long i) const;
  void resize(long long size);
private:
  char *d_;
  int size_;
};
//--- v1
#include <cstdlib>
#include "bytearray.h"
ByteArray::ByteArray() : d_(nullptr), size_(0) {}
char ByteArray::at(int i) const { return d_[i]; }
void ByteArray::resize(int size) { d_ = static_cast<char *>(std::realloc(d_, size)); size_ = size; }
//--- v2
#include <cstdlib>
#include "bytearray.h"
ByteArray::ByteArray() : d_(nullptr), size_(0) {}
char ByteArray::at(long long i) const { return d_[i]; }
void ByteArray::resize(long long size) { d_ = static_cast<char *>(std::realloc(d_, size)); size_ = static_cast<int>(size); }
