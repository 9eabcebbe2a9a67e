// expect: breaking
// why: uri::parse's parameter goes from std::string_view to const std::string &: the mangled name changes
// why: (St17basic_string_viewIcSt11char_traitsIcEE to RKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE), so
// why: the symbol old binaries call is gone, and the argument would be passed another way anyway.
// abidiff: 12 agree
//--- v1/uri.h
#include <string>
#include <string_view>
namespace folly { struct Uri { int port; bool ok; }; Uri parse(std::string_view s); }
//--- v2/uri.h
#include <string>
namespace folly { struct Uri { int port; bool ok; }; Uri parse(const std::string &s); }
//--- v1
#include "uri.h"
namespace folly { Uri parse(std::string_view s) { Uri u{80, !s.empty()}; if (s.substr(0, 5) == "https") u.port = 443; return u; } }
//--- v2
#include "uri.h"
namespace folly { Uri parse(const std::string &s) { Uri u{80, !s.empty()}; if (s.compare(0, 5, "https") == 0) u.port = 443; return u; } }
