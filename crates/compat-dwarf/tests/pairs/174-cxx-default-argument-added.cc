// expect: none
// why: http::get's timeout parameter gains a default argument: defaults are supplied at the call site by the
// why: compiler and are not part of the mangled name or the type, so the function is the same for binaries.
// abidiff: 0 agree
//--- v1/http.h
namespace http { int get(const char *url, int timeout_ms); }
//--- v2/http.h
namespace http { int get(const char *url, int timeout_ms = 30000); }
//--- lib.cc
#include "http.h"
namespace http { int get(const char *url, int timeout_ms) { return url ? timeout_ms / 1000 : -1; } }
