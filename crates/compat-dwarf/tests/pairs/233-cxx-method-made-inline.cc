// expect: breaking
// why: Timer::elapsed was defined in lib.cc; v2 defines it inline in the header and the library no longer emits
// why: _ZNK5Timer7elapsedEv, so old binaries that call it fail to resolve the symbol.
// abidiff: 12 agree
//--- v1/timer.h
class Timer {
public:
  void start();
  long elapsed() const;
private:
  long start_;
  long now_;
};
//--- v2/timer.h
class Timer {
public:
  void start();
  long elapsed() const { return now_ - start_; }
private:
  long start_;
  long now_;
};
//--- v1
#include "timer.h"
void Timer::start() { start_ = now_ = 0; }
long Timer::elapsed() const { return now_ - start_; }
//--- v2
#include "timer.h"
void Timer::start() { start_ = now_ = 0; }
