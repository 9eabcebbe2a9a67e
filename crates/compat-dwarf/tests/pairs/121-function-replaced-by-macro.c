// expect: breaking
// why: lib_init becomes a macro over the new lib_init_ex(0) and is no longer exported: programs built
// why: against v1 fail to load with "undefined symbol: lib_init" (rebuilding would work).
// abidiff: 12 agree
//--- v1/lib.h
int lib_init(void);
//--- v2/lib.h
int lib_init_ex(int flags);
#define lib_init() lib_init_ex(0)
//--- v1
#include "lib.h"
static int ready;
int lib_init(void) { ready = 1; return 0; }
//--- v2
#include "lib.h"
static int ready;
int lib_init_ex(int flags) { ready = 1 + flags; return 0; }
