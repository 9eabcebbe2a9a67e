// expect: breaking
// why: openvdb::MetaMap is a class consumers construct and embed (exported constructor and member functions, no
// why: virtual functions in v1). v2 declares its destructor virtual: the class gains a vtable pointer at byte 0,
// why: mCount and mMeta move by 8 bytes and it grows from 16 to 24, so old consumers' objects are too small and
// why: the exported functions read the members at the wrong offsets.
// abidiff: 12 agree
//--- v1/MetaMap.h
#include <cstddef>
namespace openvdb {
class MetaMap {
public:
  MetaMap();
  ~MetaMap();
  void insertMeta(const char *name, int value);
  std::size_t metaCount() const;
private:
  std::size_t mCount;
  int *mMeta;
};
}
//--- v2/MetaMap.h
#include <cstddef>
namespace openvdb {
class MetaMap {
public:
  MetaMap();
  virtual ~MetaMap();
  void insertMeta(const char *name, int value);
  std::size_t metaCount() const;
private:
  std::size_t mCount;
  int *mMeta;
};
}
//--- v1
#include "MetaMap.h"
namespace openvdb {
MetaMap::MetaMap() : mCount(0), mMeta(new int[64]) {}
MetaMap::~MetaMap() { delete[] mMeta; }
void MetaMap::insertMeta(const char *name, int value) { if (name && mCount < 64) mMeta[mCount++] = value; }
std::size_t MetaMap::metaCount() const { return mCount; }
}
//--- v2
#include "MetaMap.h"
namespace openvdb {
MetaMap::MetaMap() : mCount(0), mMeta(new int[64]) {}
MetaMap::~MetaMap() { delete[] mMeta; }
void MetaMap::insertMeta(const char *name, int value) { if (name && mCount < 64) mMeta[mCount++] = value; }
std::size_t MetaMap::metaCount() const { return mCount; }
}
