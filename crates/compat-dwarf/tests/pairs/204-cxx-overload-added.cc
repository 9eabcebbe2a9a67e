// expect: info
// why: logging::write(const char *) gains an overload write(const char *, int level); the old function keeps its
// why: symbol _ZN7logging5writeEPKc and behaviour, so old binaries are unaffected; a symbol is added.
// abidiff: 4 disagree: abidiff reports one function added; adding an overload is compatible (as in 130).
//--- v1/logging.h
namespace logging { int write(const char *msg); }
//--- v2/logging.h
namespace logging { int write(const char *msg); int write(const char *msg, int level); }
//--- v1
#include "logging.h"
namespace logging { int write(const char *msg) { int n = 0; while (msg && msg[n]) n++; return n; } }
//--- v2
#include "logging.h"
namespace logging {
int write(const char *msg) { int n = 0; while (msg && msg[n]) n++; return n; }
int write(const char *msg, int level) { return level > 0 ? write(msg) : 0; }
}
