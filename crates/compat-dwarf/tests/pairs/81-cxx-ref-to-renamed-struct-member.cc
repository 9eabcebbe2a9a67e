// expect: breaking
// why: Options is taken by reference by an exported function that nothing hands an Options out of, so
// why: callers allocate it; inserting a member before timeout moves it.
// abidiff: 4 agree
//--- v1/o.h
struct Options { int retries; int timeout; };
int connect_with(const Options &o);
//--- v2/o.h
struct Options { int retries; int backoff; int timeout; };
int connect_with(const Options &o);
//--- v1
#include "o.h"
int connect_with(const Options &o) { return o.retries + o.timeout; }
//--- v2
#include "o.h"
int connect_with(const Options &o) { return o.retries + o.timeout; }
