// expect: info
// why: Worker's private bool stop_requested_ becomes std::atomic<bool> to fix a data race: std::atomic<bool> has
// why: bool's size (1) and alignment (1), so Worker keeps its 16-byte layout and every offset, and the member is
// why: private with no inline accessor. A private member replaced by a type of the same representation.
// abidiff: 4 disagree: abidiff reports stop_requested_ changed from bool to std::atomic<bool>; same size, alignment and offset of a private member.
//--- v1/worker.h
class Worker {
public:
  Worker();
  void request_stop();
  bool stop_requested() const;
  int run_once();
private:
  bool stop_requested_;
  int iterations_;
  long last_tick_;
};
//--- v2/worker.h
#include <atomic>
class Worker {
public:
  Worker();
  void request_stop();
  bool stop_requested() const;
  int run_once();
private:
  std::atomic<bool> stop_requested_;
  int iterations_;
  long last_tick_;
};
//--- v1
#include "worker.h"
Worker::Worker() : stop_requested_(false), iterations_(0), last_tick_(0) {}
void Worker::request_stop() { stop_requested_ = true; }
bool Worker::stop_requested() const { return stop_requested_; }
int Worker::run_once() { if (stop_requested_) return 0; iterations_++; last_tick_ += 10; return 1; }
//--- v2
#include "worker.h"
Worker::Worker() : stop_requested_(false), iterations_(0), last_tick_(0) {}
void Worker::request_stop() { stop_requested_.store(true); }
bool Worker::stop_requested() const { return stop_requested_.load(); }
int Worker::run_once() { if (stop_requested_.load()) return 0; iterations_++; last_tick_ += 10; return 1; }
