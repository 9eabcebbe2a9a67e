// expect: breaking
// why: The exported tunable zs_default_level (extern int in v1, so consumers may assign it) becomes const int:
// why: the object moves to read-only memory, so a shared-object consumer's write faults, and the library
// why: folds the constant 6 into zs_level, ignoring an executable's copy-relocated write. Writers misbehave.
// abidiff: 4 agree
//--- v1/lvl.h
extern int zs_default_level;
int zs_level(void);
//--- v2/lvl.h
extern const int zs_default_level;
int zs_level(void);
//--- v1
#include "lvl.h"
int zs_default_level = 6;
int zs_level(void) { return zs_default_level; }
//--- v2
#include "lvl.h"
const int zs_default_level = 6;
int zs_level(void) { return zs_default_level; }
