// expect: breaking
// why: ev::Options is a plain struct callers fill (a std::function<void(int)> on_progress and a timeout) and pass
// why: by const reference to ev::Loop::run. v2 changes the callback to std::function<void(long)>: both are 32
// why: bytes, but the function object's invoker now takes long && instead of int &&, so the library calls an old
// why: caller's stored invoker with a reference to an 8-byte long, and the manager and invoker it finds were
// why: instantiated for the other signature.
// abidiff: 4 agree
//--- v1/ev.h
#include <functional>
namespace ev {
struct Options { std::function<void(int)> on_progress; int timeout_ms; };
class Loop {
public:
  Loop();
  int run(const Options &o);
private:
  int ticks_;
};
}
//--- v2/ev.h
#include <functional>
namespace ev {
struct Options { std::function<void(long)> on_progress; int timeout_ms; };
class Loop {
public:
  Loop();
  int run(const Options &o);
private:
  int ticks_;
};
}
//--- v1
#include "ev.h"
namespace ev {
Loop::Loop() : ticks_(0) {}
int Loop::run(const Options &o) { for (int i = 0; i < 3; i++) { ++ticks_; if (o.on_progress) o.on_progress(i); } return o.timeout_ms > 0 ? ticks_ : -1; }
}
//--- v2
#include "ev.h"
namespace ev {
Loop::Loop() : ticks_(0) {}
int Loop::run(const Options &o) { for (long i = 0; i < 3; i++) { ++ticks_; if (o.on_progress) o.on_progress(i); } return o.timeout_ms > 0 ? ticks_ : -1; }
}
