// expect: breaking
// why: store::put's key goes from std::uint64_t (unsigned long, mangled m) to unsigned long long (mangled y):
// why: the same 8 bytes in the same register, but the symbol _ZN5store3putEmPKc is gone (now
// why: _ZN5store3putEyPKc), so old programs fail to resolve it.
// abidiff: 12 agree
//--- v1/store.h
#include <cstdint>
namespace store { int put(std::uint64_t key, const char *val); std::uint64_t count(); }
//--- v2/store.h
#include <cstdint>
namespace store { int put(unsigned long long key, const char *val); std::uint64_t count(); }
//--- v1
#include "store.h"
static std::uint64_t n;
namespace store { int put(std::uint64_t key, const char *val) { n += key != 0 && val; return 0; } std::uint64_t count() { return n; } }
//--- v2
#include "store.h"
static std::uint64_t n;
namespace store { int put(unsigned long long key, const char *val) { n += key != 0 && val; return 0; } std::uint64_t count() { return n; } }
