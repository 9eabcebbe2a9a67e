// expect: breaking
// why: Codec::flush stops being virtual: the vtable loses its last slot, consumers' subclasses that override
// why: flush are no longer called through it, and old callers dispatching flush through its fourth slot read past the
// why: end of the library's vtable.
// abidiff: 12 agree
//--- v1/codec.h
class Codec {
public:
  Codec();
  virtual ~Codec();
  virtual int encode(const char *data);
  virtual int flush();
protected:
  int pending_;
};
int codec_finish(Codec &c);
//--- v2/codec.h
class Codec {
public:
  Codec();
  virtual ~Codec();
  virtual int encode(const char *data);
  int flush();
protected:
  int pending_;
};
int codec_finish(Codec &c);
//--- v1
#include "codec.h"
Codec::Codec() : pending_(0) {}
Codec::~Codec() {}
int Codec::encode(const char *data) { return data ? ++pending_ : -1; }
int Codec::flush() { int n = pending_; pending_ = 0; return n; }
int codec_finish(Codec &c) { return c.flush(); }
//--- v2
#include "codec.h"
Codec::Codec() : pending_(0) {}
Codec::~Codec() {}
int Codec::encode(const char *data) { return data ? ++pending_ : -1; }
int Codec::flush() { int n = pending_; pending_ = 0; return n; }
int codec_finish(Codec &c) { return c.flush(); }
