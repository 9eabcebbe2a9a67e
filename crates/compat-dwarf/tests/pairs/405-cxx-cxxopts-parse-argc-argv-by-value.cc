// expect: breaking
// why: cxxopts 3.0 stops rewriting the caller's argc and argv: Options::parse(int &argc, const char **&argv) becomes
// why: parse(int argc, const char *const *argv). Parameter types are part of the mangled name, so
// why: _ZN7cxxopts7Options5parseERiRPPKc is no longer exported (v2 exports _ZN7cxxopts7Options5parseEiPKPKc):
// why: binaries built against v1 fail to bind parse.
// abidiff: 12 agree
//--- v1/cxxopts.hpp
#include <string>
#include <vector>
namespace cxxopts {
class ParseResult {
public:
  explicit ParseResult(std::vector<std::string> args);
  std::size_t count(const std::string &o) const;
  const std::vector<std::string> &unmatched() const { return m_args; }
private:
  std::vector<std::string> m_args;
};
class Options {
public:
  explicit Options(std::string program, std::string help_string = "");
  Options &positional_help(std::string help_text);
  ParseResult parse(int &argc, const char **&argv);
private:
  std::string m_program;
  std::string m_help_string;
  std::string m_positional_help;
};
}
//--- v2/cxxopts.hpp
#include <string>
#include <vector>
namespace cxxopts {
class ParseResult {
public:
  explicit ParseResult(std::vector<std::string> args);
  std::size_t count(const std::string &o) const;
  const std::vector<std::string> &unmatched() const { return m_args; }
private:
  std::vector<std::string> m_args;
};
class Options {
public:
  explicit Options(std::string program, std::string help_string = "");
  Options &positional_help(std::string help_text);
  ParseResult parse(int argc, const char *const *argv);
private:
  std::string m_program;
  std::string m_help_string;
  std::string m_positional_help;
};
}
//--- v1
#include <utility>
#include "cxxopts.hpp"
namespace cxxopts {
ParseResult::ParseResult(std::vector<std::string> args) : m_args(std::move(args)) {}
std::size_t ParseResult::count(const std::string &o) const { std::size_t n = 0; for (const auto &a : m_args) n += a == "--" + o; return n; }
Options::Options(std::string program, std::string help_string) : m_program(std::move(program)), m_help_string(std::move(help_string)) {}
Options &Options::positional_help(std::string help_text) { m_positional_help = std::move(help_text); return *this; }
ParseResult Options::parse(int &argc, const char **&argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  argv[1] = nullptr; argc = 1;
  return ParseResult(std::move(args));
}
}
//--- v2
#include <utility>
#include "cxxopts.hpp"
namespace cxxopts {
ParseResult::ParseResult(std::vector<std::string> args) : m_args(std::move(args)) {}
std::size_t ParseResult::count(const std::string &o) const { std::size_t n = 0; for (const auto &a : m_args) n += a == "--" + o; return n; }
Options::Options(std::string program, std::string help_string) : m_program(std::move(program)), m_help_string(std::move(help_string)) {}
Options &Options::positional_help(std::string help_text) { m_positional_help = std::move(help_text); return *this; }
ParseResult Options::parse(int argc, const char *const *argv) {
  return ParseResult(std::vector<std::string>(argv + 1, argv + argc));
}
}
