// expect: info
// why: asio::detail::scheduler is only forward-declared in the public header, where io_context holds it through a
// why: pointer; it is defined in the library's source. v2 adds members to it; io_context keeps its 8 bytes and
// why: every symbol, and no consumer can allocate, embed or read a scheduler (as in 74).
// abidiff: 4 disagree: abidiff reports the scheduler's members; it is defined only in the library's source.
//--- io_context.h
#include <cstddef>
namespace asio {
namespace detail { class scheduler; }
class io_context {
public:
  io_context();
  ~io_context();
  std::size_t run();
  void stop();
private:
  detail::scheduler *impl_;
};
}
//--- v1
#include "io_context.h"
namespace asio {
namespace detail {
class scheduler {
public:
  std::size_t run() { std::size_t n = outstanding_work_; outstanding_work_ = 0; return stopped_ ? 0 : n; }
  void stop() { stopped_ = true; }
  bool stopped_ = false;
  std::size_t outstanding_work_ = 1;
};
}
io_context::io_context() : impl_(new detail::scheduler) {}
io_context::~io_context() { delete impl_; }
std::size_t io_context::run() { return impl_->run(); }
void io_context::stop() { impl_->stop(); }
}
//--- v2
#include "io_context.h"
namespace asio {
namespace detail {
class scheduler {
public:
  std::size_t run() { ++run_calls_; std::size_t n = outstanding_work_; outstanding_work_ = 0; return stopped_ || shutdown_ ? 0 : n; }
  void stop() { stopped_ = true; }
  bool stopped_ = false;
  bool shutdown_ = false;
  int concurrency_hint_ = -1;
  std::size_t outstanding_work_ = 1;
  std::size_t run_calls_ = 0;
};
}
io_context::io_context() : impl_(new detail::scheduler) {}
io_context::~io_context() { delete impl_; }
std::size_t io_context::run() { return impl_->run(); }
void io_context::stop() { impl_->stop(); }
}
