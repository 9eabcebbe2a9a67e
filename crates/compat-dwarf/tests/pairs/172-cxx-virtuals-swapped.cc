// expect: breaking
// why: Decoder's virtual functions open and decode swap their declaration order, so their vtable slots
// why: swap: an old consumer calling d->open(path) through slot 2 now runs decode with the path as buffer.
// abidiff: 4 agree
//--- v1/dec.h
class Decoder { public: Decoder(); virtual ~Decoder(); virtual int open(const char *path); virtual int decode(unsigned char *buf, int n); virtual void close(); };
Decoder *make_decoder();
//--- v2/dec.h
class Decoder { public: Decoder(); virtual ~Decoder(); virtual int decode(unsigned char *buf, int n); virtual int open(const char *path); virtual void close(); };
Decoder *make_decoder();
//--- lib.cc
#include "dec.h"
Decoder::Decoder() {}
Decoder::~Decoder() {}
int Decoder::open(const char *path) { return path ? 0 : -1; }
int Decoder::decode(unsigned char *buf, int n) { return buf ? n : 0; }
void Decoder::close() {}
Decoder *make_decoder() { return new Decoder; }
