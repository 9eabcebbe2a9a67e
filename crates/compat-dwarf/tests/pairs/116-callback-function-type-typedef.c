// expect: none
// why: sig_install's handler parameter, spelled void (*)(int, void *) in v1, is spelled through a typedef of
// why: the function type (sig_handler_fn *) in v2: the same pointer-to-function type.
// abidiff: 4 disagree: abidiff reports the function type replaced by the typedef sig_handler_fn; the typedef names that very function type.
//--- v1/sig.h
int sig_install(int signo, void (*fn)(int signo, void *ud), void *ud);
//--- v2/sig.h
typedef void sig_handler_fn(int signo, void *ud);
int sig_install(int signo, sig_handler_fn *fn, void *ud);
//--- v1
#include "sig.h"
int sig_install(int signo, void (*fn)(int signo, void *ud), void *ud) { if (fn) fn(signo, ud); return 0; }
//--- v2
#include "sig.h"
int sig_install(int signo, sig_handler_fn *fn, void *ud) { if (fn) fn(signo, ud); return 0; }
