// expect: info
// why: arrow::Status holds a State * whose struct the header only forward-declares; State is defined in the
// why: library's source and only the library allocates and reads it (every Status member function is out of
// why: line). v2 adds a std::string detail to State: its size and later members change, but no consumer can
// why: name a member of State or its size. Status itself is unchanged.
// abidiff: 4 disagree: abidiff reports struct State changed; it is defined only in the library's source behind a pointer consumers cannot see into.
//--- status.h
namespace arrow {
class Status {
public:
  Status() noexcept;
  Status(int code, const char *msg);
  Status(const Status &s);
  ~Status();
  int code() const;
  const char *message() const;
private:
  struct State;
  State *state_;
};
}
//--- v1
#include <string>
#include "status.h"
namespace arrow {
struct Status::State { int code; std::string msg; };
Status::Status() noexcept : state_(nullptr) {}
Status::Status(int code, const char *msg) : state_(new State{code, msg}) {}
Status::Status(const Status &s) : state_(s.state_ ? new State(*s.state_) : nullptr) {}
Status::~Status() { delete state_; }
int Status::code() const { return state_ ? state_->code : 0; }
const char *Status::message() const { return state_ ? state_->msg.c_str() : ""; }
}
//--- v2
#include <string>
#include "status.h"
namespace arrow {
struct Status::State { int code; std::string msg; std::string detail; };
Status::Status() noexcept : state_(nullptr) {}
Status::Status(int code, const char *msg) : state_(new State{code, msg, {}}) {}
Status::Status(const Status &s) : state_(s.state_ ? new State(*s.state_) : nullptr) {}
Status::~Status() { delete state_; }
int Status::code() const { return state_ ? state_->code : 0; }
const char *Status::message() const { return state_ ? state_->msg.c_str() : ""; }
}
