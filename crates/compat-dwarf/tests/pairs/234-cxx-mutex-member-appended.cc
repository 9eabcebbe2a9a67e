// expect: breaking
// why: class Mutex has an exported constructor, so consumers allocate it (on the stack, as members); v2 appends
// why: int owner_, growing it from 4 to 8 bytes: the library's lock() writes owner_ past the end of old callers' objects.
// abidiff: 4 agree
//--- v1/mutex.h
class Mutex {
public:
  Mutex();
  void lock();
  void unlock();
private:
  int state_;
};
//--- v2/mutex.h
class Mutex {
public:
  Mutex();
  void lock();
  void unlock();
private:
  int state_;
  int owner_;
};
//--- v1
#include "mutex.h"
Mutex::Mutex() : state_(0) {}
void Mutex::lock() { state_ = 1; }
void Mutex::unlock() { state_ = 0; }
//--- v2
#include "mutex.h"
Mutex::Mutex() : state_(0), owner_(0) {}
void Mutex::lock() { state_ = 1; owner_ = 1; }
void Mutex::unlock() { state_ = 0; owner_ = 0; }
