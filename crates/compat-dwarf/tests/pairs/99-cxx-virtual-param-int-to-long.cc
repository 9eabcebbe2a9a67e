// expect: breaking
// why: Stream::seek(int) becomes Stream::seek(long) in vtable slot 2. Unlike long long and int64_t (411), int
// why: and long differ in size on x86-64: consumers' overrides of the pure virtual read a 32-bit %esi where
// why: the library now passes a 64-bit offset, and old callers leave the upper half of %rsi undefined.
// abidiff: 0 disagree: abidiff reports nothing (the pure virtual has no symbol), but slot 2 now passes a 64-bit offset to overrides compiled to read 32 bits.
//--- v1/stream.h
class Stream {
public:
  virtual ~Stream();
  virtual int seek(int off) = 0;
  int rewind();
};
//--- v2/stream.h
class Stream {
public:
  virtual ~Stream();
  virtual int seek(long off) = 0;
  int rewind();
};
//--- v1
#include "stream.h"
Stream::~Stream() {}
int Stream::rewind() { return seek(0); }
//--- v2
#include "stream.h"
Stream::~Stream() {}
int Stream::rewind() { return seek(0); }
