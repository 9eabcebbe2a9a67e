// expect: breaking
// why: Buffer's destructor becomes virtual, giving the class a vtable pointer at byte 0: data moves from 0 to
// why: 8 and len from 8 to 16, and consumers that construct Buffer (exported constructor, on their stack)
// why: allocate 16 bytes where the library now writes 24.
// abidiff: 12 agree
//--- v1/b.h
class Buffer { public: Buffer(); ~Buffer(); int size() const; private: char *data; int len; };
//--- v2/b.h
class Buffer { public: Buffer(); virtual ~Buffer(); int size() const; private: char *data; int len; };
//--- v1
#include "b.h"
Buffer::Buffer() : data(new char[16]), len(16) {}
Buffer::~Buffer() { delete[] data; }
int Buffer::size() const { return len; }
//--- v2
#include "b.h"
Buffer::Buffer() : data(new char[16]), len(16) {}
Buffer::~Buffer() { delete[] data; }
int Buffer::size() const { return len; }
