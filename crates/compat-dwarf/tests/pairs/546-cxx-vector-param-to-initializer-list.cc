// expect: breaking
// why: cli::parse took const std::vector<std::string> & in v1 and takes std::initializer_list<std::string> in v2.
// why: The parameter type is part of the mangled name, so _ZN3cli5parseERKSt6vectorINSt7__cxx1112basic_string...
// why: is gone and old binaries fail to bind it; the value is passed differently too (a 16-byte list in two
// why: registers instead of a reference).
// abidiff: 12 agree
//--- v1/cli.h
#include <string>
#include <vector>
namespace cli {
int parse(const std::vector<std::string> &args);
}
//--- v2/cli.h
#include <initializer_list>
#include <string>
namespace cli {
int parse(std::initializer_list<std::string> args);
}
//--- v1
#include "cli.h"
namespace cli {
int parse(const std::vector<std::string> &args) { int n = 0; for (const auto &a : args) if (!a.empty() && a[0] == '-') n++; return n; }
}
//--- v2
#include "cli.h"
namespace cli {
int parse(std::initializer_list<std::string> args) { int n = 0; for (const auto &a : args) if (!a.empty() && a[0] == '-') n++; return n; }
}
