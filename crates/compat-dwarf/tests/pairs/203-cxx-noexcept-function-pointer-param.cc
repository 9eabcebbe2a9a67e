// expect: breaking
// why: sig::install's handler parameter becomes a pointer to a noexcept function. Since C++17 noexcept is part of
// why: a function pointer's type and of its mangling (PFviE becomes PDoFviE), so _ZN3sig7installEiPFviE is
// why: removed and old binaries fail to resolve it.
// abidiff: 12 agree
//--- v1/sig.h
namespace sig { int install(int signo, void (*handler)(int)); }
//--- v2/sig.h
namespace sig { int install(int signo, void (*handler)(int) noexcept); }
//--- v1
#include "sig.h"
namespace sig { static void (*table[64])(int); int install(int signo, void (*handler)(int)) { if (signo < 0 || signo >= 64) return -1; table[signo] = handler; return 0; } }
//--- v2
#include "sig.h"
namespace sig { static void (*table[64])(int) noexcept; int install(int signo, void (*handler)(int) noexcept) { if (signo < 0 || signo >= 64) return -1; table[signo] = handler; return 0; } }
