// expect: info
// why: cfg::Settings is a plain struct callers fill and pass by const reference to cfg::apply; v2 types its level
// why: member int instead of enum class Level : int. Same size, signedness and offset, and the struct's name (so
// why: apply's mangled name) is unchanged: binaries are unaffected; the enum leaving the struct is worth a line (as in
// why: 86).
// abidiff: 0 agree
//--- v1/cfg.h
namespace cfg {
enum class Level : int { Quiet = 0, Normal = 1, Verbose = 2 };
struct Settings { Level level; int retries; };
int apply(const Settings &s);
}
//--- v2/cfg.h
namespace cfg {
enum class Level : int { Quiet = 0, Normal = 1, Verbose = 2 };
struct Settings { int level; int retries; };
int apply(const Settings &s);
}
//--- v1
#include "cfg.h"
namespace cfg {
int apply(const Settings &s) { return static_cast<int>(s.level) * 10 + s.retries; }
}
//--- v2
#include "cfg.h"
namespace cfg {
int apply(const Settings &s) { return s.level * 10 + s.retries; }
}
