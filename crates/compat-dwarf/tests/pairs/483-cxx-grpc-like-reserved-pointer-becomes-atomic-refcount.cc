// expect: info
// why: rpc::CallOptions is caller-allocated (an exported constructor; callers keep it on the stack and pass it by
// why: const reference). v2 uses the first of two reserved pointer slots: void *reserved_[2] becomes std::atomic<int>
// why: refs_, an int pad_ and void *reserved_: refs_ and pad_ occupy exactly the 8 bytes of the old reserved_[0]
// why: at byte 8, reserved_ keeps byte 16, wait_for_ready_ byte 24, the class keeps its 32 bytes and every other member stays put. The exported
// why: constructor zeroed the reserved slots in v1, which is the state v2 expects.
// abidiff: 4 disagree: abidiff reports reserved_ changed and refs_ and pad_ inserted; refs_ and pad_ occupy exactly the old reserved_[0], reserved_ keeps byte 16 and the class its 32 bytes (as in 32 and 114).
//--- v1/options.h
namespace rpc {
class CallOptions {
public:
  CallOptions();
  void set_deadline_ms(long ms);
  long deadline_ms() const { return deadline_ms_; }
  bool wait_for_ready() const { return wait_for_ready_; }
private:
  long deadline_ms_;
  void *reserved_[2];
  bool wait_for_ready_;
};
int invoke(const char *method, const CallOptions &opts);
}
//--- v2/options.h
#include <atomic>
namespace rpc {
class CallOptions {
public:
  CallOptions();
  void set_deadline_ms(long ms);
  long deadline_ms() const { return deadline_ms_; }
  bool wait_for_ready() const { return wait_for_ready_; }
private:
  long deadline_ms_;
  std::atomic<int> refs_;
  int pad_;
  void *reserved_;
  bool wait_for_ready_;
};
int invoke(const char *method, const CallOptions &opts);
}
//--- v1
#include "options.h"
namespace rpc {
CallOptions::CallOptions() : deadline_ms_(-1), reserved_{nullptr, nullptr}, wait_for_ready_(false) {}
void CallOptions::set_deadline_ms(long ms) { deadline_ms_ = ms; }
int invoke(const char *method, const CallOptions &opts) { return method && *method ? (opts.deadline_ms() == 0 ? -4 : 0) : -12; }
}
//--- v2
#include "options.h"
namespace rpc {
CallOptions::CallOptions() : deadline_ms_(-1), refs_(0), pad_(0), reserved_(nullptr), wait_for_ready_(false) {}
void CallOptions::set_deadline_ms(long ms) { deadline_ms_ = ms; }
int invoke(const char *method, const CallOptions &opts) { return method && *method ? (opts.deadline_ms() == 0 ? -4 : 0) : -12; }
}
