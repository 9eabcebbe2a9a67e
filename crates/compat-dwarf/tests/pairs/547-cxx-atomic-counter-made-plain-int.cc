// expect: warning
// why: pool::Stats is a plain struct the caller allocates and hands by reference to pool::Pool::attach_stats(Stats
// why: &), after which the library's worker threads increment its counters. v2 declares hits as int instead of
// why: std::atomic<int>: the same 4 bytes at the same offset, so no layout break, but the library now updates it
// why: with plain increments while old callers' inline code may still use atomic operations on it (and the
// why: reverse): the member's access discipline changed, a warning like a qualifier change (as in 484).
// abidiff: 4 agree
//--- v1/pool.h
#include <atomic>
namespace pool {
struct Stats { std::atomic<int> hits; int misses; };
class Pool {
public:
  Pool();
  void attach_stats(Stats &s);
  int get(int key);
private:
  Stats *stats_;
};
}
//--- v2/pool.h
namespace pool {
struct Stats { int hits; int misses; };
class Pool {
public:
  Pool();
  void attach_stats(Stats &s);
  int get(int key);
private:
  Stats *stats_;
};
}
//--- v1
#include "pool.h"
namespace pool {
Pool::Pool() : stats_(nullptr) {}
void Pool::attach_stats(Stats &s) { stats_ = &s; }
int Pool::get(int key) { if (stats_) { if (key & 1) stats_->hits++; else stats_->misses++; } return key * 2; }
}
//--- v2
#include "pool.h"
namespace pool {
Pool::Pool() : stats_(nullptr) {}
void Pool::attach_stats(Stats &s) { stats_ = &s; }
int Pool::get(int key) { if (stats_) { if (key & 1) stats_->hits++; else stats_->misses++; } return key * 2; }
}
