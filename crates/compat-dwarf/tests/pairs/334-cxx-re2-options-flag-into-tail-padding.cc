// expect: breaking
// why: RE2::Options is built by consumers with its inline constructor and setters and passed by const reference
// why: to the exported RE2::RE2(const char *, const Options &). v2 adds bool dot_nl_ in the struct's tail
// why: padding and the library reads it: the size holds, but old consumers' inline constructor never writes that
// why: byte, so the library reads stack garbage as a flag (unlike 266, where the library only writes it).
// abidiff: 4 agree
//--- v1/re2.h
#include <cstdint>
namespace re2 {
class RE2 {
public:
  class Options {
  public:
    Options() : max_mem_(8 << 20), encoding_(1), posix_syntax_(false), longest_match_(false), case_sensitive_(true) {}
    void set_longest_match(bool b) { longest_match_ = b; }
    std::int64_t max_mem() const { return max_mem_; }
    bool longest_match() const { return longest_match_; }
    bool case_sensitive() const { return case_sensitive_; }
  private:
    std::int64_t max_mem_;
    int encoding_;
    bool posix_syntax_;
    bool longest_match_;
    bool case_sensitive_;
  };
  RE2(const char *pattern, const Options &options);
  int flags() const { return flags_; }
private:
  const char *pattern_;
  int flags_;
};
}
//--- v2/re2.h
#include <cstdint>
namespace re2 {
class RE2 {
public:
  class Options {
  public:
    Options() : max_mem_(8 << 20), encoding_(1), posix_syntax_(false), longest_match_(false), case_sensitive_(true), dot_nl_(false) {}
    void set_longest_match(bool b) { longest_match_ = b; }
    void set_dot_nl(bool b) { dot_nl_ = b; }
    std::int64_t max_mem() const { return max_mem_; }
    bool longest_match() const { return longest_match_; }
    bool case_sensitive() const { return case_sensitive_; }
    bool dot_nl() const { return dot_nl_; }
  private:
    std::int64_t max_mem_;
    int encoding_;
    bool posix_syntax_;
    bool longest_match_;
    bool case_sensitive_;
    bool dot_nl_;
  };
  RE2(const char *pattern, const Options &options);
  int flags() const { return flags_; }
private:
  const char *pattern_;
  int flags_;
};
}
//--- v1
#include "re2.h"
namespace re2 {
RE2::RE2(const char *pattern, const Options &options) : pattern_(pattern), flags_((options.longest_match() ? 1 : 0) | (options.case_sensitive() ? 0 : 2)) {}
}
//--- v2
#include "re2.h"
namespace re2 {
RE2::RE2(const char *pattern, const Options &options) : pattern_(pattern), flags_((options.longest_match() ? 1 : 0) | (options.case_sensitive() ? 0 : 2) | (options.dot_nl() ? 4 : 0)) {}
}
