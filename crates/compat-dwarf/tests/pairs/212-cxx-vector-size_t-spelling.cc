// expect: none
// why: stats::sum takes const std::vector<unsigned long> & in v1 and const std::vector<std::size_t> & in v2:
// why: std::size_t is unsigned long on x86-64, so it is the same instantiation, the same mangled name
// why: (_ZN5stats3sumERKSt6vectorImSaImEE) and the same type.
// abidiff: 0 agree
//--- v1/stats.h
#include <vector>
namespace stats { unsigned long sum(const std::vector<unsigned long> &v); }
//--- v2/stats.h
#include <cstddef>
#include <vector>
namespace stats { std::size_t sum(const std::vector<std::size_t> &v); }
//--- v1
#include "stats.h"
namespace stats { unsigned long sum(const std::vector<unsigned long> &v) { unsigned long s = 0; for (unsigned long x : v) s += x; return s; } }
//--- v2
#include "stats.h"
namespace stats { std::size_t sum(const std::vector<std::size_t> &v) { std::size_t s = 0; for (std::size_t x : v) s += x; return s; } }
