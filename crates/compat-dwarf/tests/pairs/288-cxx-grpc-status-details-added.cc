// expect: breaking
// why: grpc::Status gained std::string binary_error_details_ after error_message_: the class grows from 40 to
// why: 72 bytes. Consumers construct Status themselves (exported constructor, returned by value from their
// why: service methods and from the library's exported functions through a caller-provided slot), so old
// why: consumers' 40-byte objects receive 72-byte Status values.
// abidiff: 4 agree
//--- v1/status.h
#include <string>
namespace grpc {
enum StatusCode { OK = 0, CANCELLED = 1, UNKNOWN = 2, INVALID_ARGUMENT = 3 };
class Status {
public:
  Status();
  Status(StatusCode code, const std::string &error_message);
  bool ok() const { return code_ == OK; }
  StatusCode error_code() const { return code_; }
  const std::string &error_message() const { return error_message_; }
private:
  StatusCode code_;
  std::string error_message_;
};
Status CheckDeadline(long deadline_ms);
}
//--- v2/status.h
#include <string>
namespace grpc {
enum StatusCode { OK = 0, CANCELLED = 1, UNKNOWN = 2, INVALID_ARGUMENT = 3 };
class Status {
public:
  Status();
  Status(StatusCode code, const std::string &error_message);
  bool ok() const { return code_ == OK; }
  StatusCode error_code() const { return code_; }
  const std::string &error_message() const { return error_message_; }
  const std::string &error_details() const { return binary_error_details_; }
private:
  StatusCode code_;
  std::string error_message_;
  std::string binary_error_details_;
};
Status CheckDeadline(long deadline_ms);
}
//--- lib.cc
#include "status.h"
namespace grpc {
Status::Status() : code_(OK) {}
Status::Status(StatusCode code, const std::string &error_message) : code_(code), error_message_(error_message) {}
Status CheckDeadline(long deadline_ms) { return deadline_ms > 0 ? Status() : Status(INVALID_ARGUMENT, "deadline must be positive"); }
}
