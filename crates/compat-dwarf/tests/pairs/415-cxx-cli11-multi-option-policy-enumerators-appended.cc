// expect: info
// why: CLI::MultiOptionPolicy is an enum class : char passed by value to the exported
// why: Option::multi_option_policy(MultiOptionPolicy) and stored in Option's multi_option_policy_ member. CLI11 2.2
// why: appends Sum and a later release Reverse after TakeAll: the existing enumerators keep their values (0 to 4),
// why: the fixed underlying type keeps the enum at one byte, and Option keeps its layout and symbols. Old binaries
// why: never pass or see the new values unless new code sets them: an API extension (as in 131).
// abidiff: 0 agree
//--- v1/CLI.hpp
#include <string>
namespace CLI {
enum class MultiOptionPolicy : char { Throw, TakeLast, TakeFirst, Join, TakeAll };
class Option {
public:
  explicit Option(std::string name);
  Option *multi_option_policy(MultiOptionPolicy value = MultiOptionPolicy::Throw);
  MultiOptionPolicy get_multi_option_policy() const { return multi_option_policy_; }
  Option *expected(int value);
  const std::string &get_name() const { return name_; }
  std::string reduce_results(const std::string &a, const std::string &b) const;
private:
  std::string name_;
  int expected_max_{1};
  MultiOptionPolicy multi_option_policy_{MultiOptionPolicy::Throw};
  bool allow_extra_args_{false};
};
}
//--- v2/CLI.hpp
#include <string>
namespace CLI {
enum class MultiOptionPolicy : char { Throw, TakeLast, TakeFirst, Join, TakeAll, Sum, Reverse };
class Option {
public:
  explicit Option(std::string name);
  Option *multi_option_policy(MultiOptionPolicy value = MultiOptionPolicy::Throw);
  MultiOptionPolicy get_multi_option_policy() const { return multi_option_policy_; }
  Option *expected(int value);
  const std::string &get_name() const { return name_; }
  std::string reduce_results(const std::string &a, const std::string &b) const;
private:
  std::string name_;
  int expected_max_{1};
  MultiOptionPolicy multi_option_policy_{MultiOptionPolicy::Throw};
  bool allow_extra_args_{false};
};
}
//--- v1
#include <utility>
#include "CLI.hpp"
namespace CLI {
Option::Option(std::string name) : name_(std::move(name)) {}
Option *Option::multi_option_policy(MultiOptionPolicy value) {
  multi_option_policy_ = value;
  if (value == MultiOptionPolicy::TakeAll || value == MultiOptionPolicy::Join) { expected_max_ = 1 << 30; allow_extra_args_ = true; }
  return this;
}
Option *Option::expected(int value) { expected_max_ = value; return this; }
std::string Option::reduce_results(const std::string &a, const std::string &b) const {
  switch (multi_option_policy_) {
  case MultiOptionPolicy::TakeFirst: return a;
  case MultiOptionPolicy::Join: return a + "\n" + b;
  default: return b;
  }
}
}
//--- v2
#include <utility>
#include "CLI.hpp"
namespace CLI {
Option::Option(std::string name) : name_(std::move(name)) {}
Option *Option::multi_option_policy(MultiOptionPolicy value) {
  multi_option_policy_ = value;
  if (value == MultiOptionPolicy::TakeAll || value == MultiOptionPolicy::Join || value == MultiOptionPolicy::Sum || value == MultiOptionPolicy::Reverse) { expected_max_ = 1 << 30; allow_extra_args_ = true; }
  return this;
}
Option *Option::expected(int value) { expected_max_ = value; return this; }
std::string Option::reduce_results(const std::string &a, const std::string &b) const {
  switch (multi_option_policy_) {
  case MultiOptionPolicy::TakeFirst: return a;
  case MultiOptionPolicy::Join: return a + "\n" + b;
  case MultiOptionPolicy::Sum: return a + "+" + b;
  case MultiOptionPolicy::Reverse: return b + "\n" + a;
  default: return b;
  }
}
}
