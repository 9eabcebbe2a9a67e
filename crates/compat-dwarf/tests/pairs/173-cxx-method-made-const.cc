// expect: breaking
// why: Buffer::size() becomes a const member function: the mangled name changes from _ZN6Buffer4sizeEv to
// why: _ZNK6Buffer4sizeEv, so old programs calling size() find no symbol.
// abidiff: 12 agree
//--- v1/buf.h
class Buffer { public: Buffer(); int size(); void append(const char *p, int n); private: int n_; char data_[256]; };
//--- v2/buf.h
class Buffer { public: Buffer(); int size() const; void append(const char *p, int n); private: int n_; char data_[256]; };
//--- v1
#include "buf.h"
Buffer::Buffer() : n_(0) {}
int Buffer::size() { return n_; }
void Buffer::append(const char *p, int n) { for (int i = 0; i < n && n_ < 256; i++) data_[n_++] = p[i]; }
//--- v2
#include "buf.h"
Buffer::Buffer() : n_(0) {}
int Buffer::size() const { return n_; }
void Buffer::append(const char *p, int n) { for (int i = 0; i < n && n_ < 256; i++) data_[n_++] = p[i]; }
