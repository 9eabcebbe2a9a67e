// expect: breaking
// why: Logger::write takes std::string_view instead of const std::string &: the mangled name changes
// why: (_ZN6Logger5writeERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE is gone) and the argument
// why: is now passed as two registers (size, pointer) instead of a reference.
// abidiff: 12 agree
//--- v1/log.h
#include <string>
class Logger { public: void write(const std::string &msg); int count() const; private: int n_ = 0; };
//--- v2/log.h
#include <string_view>
class Logger { public: void write(std::string_view msg); int count() const; private: int n_ = 0; };
//--- v1
#include "log.h"
void Logger::write(const std::string &msg) { n_ += !msg.empty(); }
int Logger::count() const { return n_; }
//--- v2
#include "log.h"
void Logger::write(std::string_view msg) { n_ += !msg.empty(); }
int Logger::count() const { return n_; }
