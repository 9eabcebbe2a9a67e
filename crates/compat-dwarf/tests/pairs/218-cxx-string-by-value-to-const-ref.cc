// expect: breaking
// why: config::load's path parameter goes from std::string by value to const std::string &. A std::string
// why: argument already travels as a pointer to a temporary, but the mangled name changes (S_ becomes RKS_
// why: in the encoding), so _ZN6config4loadENSt7__cxx1112basic_string... is removed and old binaries fail to
// why: resolve it.
// abidiff: 12 agree
//--- v1/config.h
#include <string>
namespace config { int load(std::string path); }
//--- v2/config.h
#include <string>
namespace config { int load(const std::string &path); }
//--- v1
#include "config.h"
namespace config { int load(std::string path) { return path.empty() ? -1 : (int)path.size(); } }
//--- v2
#include "config.h"
namespace config { int load(const std::string &path) { return path.empty() ? -1 : (int)path.size(); } }
