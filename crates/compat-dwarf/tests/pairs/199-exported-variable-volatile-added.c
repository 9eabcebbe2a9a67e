// expect: warning
// why: The exported tunable trace_level (int) becomes volatile int so the library rereads it on every check: the
// why: object, its size and symbol are the same and writers are unaffected, but the qualifier changes how
// why: accesses behave (consumers compiled against v1 may cache or merge their reads and writes), the same
// why: semantic risk as volatile added to a member.
// abidiff: 4 agree
//--- v1/trace.h
extern int trace_level;
int trace_enabled(int level);
//--- v2/trace.h
extern volatile int trace_level;
int trace_enabled(int level);
//--- v1
#include "trace.h"
int trace_level = 1;
int trace_enabled(int level) { return level <= trace_level; }
//--- v2
#include "trace.h"
volatile int trace_level = 1;
int trace_enabled(int level) { return level <= trace_level; }
