// expect: warning
// why: RefCounted (exported constructor and methods, inline count()) changes its private count_ from int to
// why: std::uint32_t: same size and offset, so nothing moves, but consumers' inlined count() and checks like
// why: count() < 0 built against v1 read the bits as signed while the library now treats them as unsigned.
// abidiff: 4 agree
//--- v1/refcounted.h
class RefCounted {
public:
  RefCounted();
  void ref();
  bool deref();
  int count() const { return count_; }
private:
  int count_;
};
//--- v2/refcounted.h
#include <cstdint>
class RefCounted {
public:
  RefCounted();
  void ref();
  bool deref();
  int count() const { return static_cast<int>(count_); }
private:
  std::uint32_t count_;
};
//--- v1
#include "refcounted.h"
RefCounted::RefCounted() : count_(1) {}
void RefCounted::ref() { ++count_; }
bool RefCounted::deref() { return --count_ == 0; }
//--- v2
#include "refcounted.h"
RefCounted::RefCounted() : count_(1) {}
void RefCounted::ref() { ++count_; }
bool RefCounted::deref() { return --count_ == 0; }
