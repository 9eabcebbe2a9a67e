// expect: warning
// why: The exported variable is a pointer to a header-declared struct conf the library allocates:
// why: consumers may read lib_conf->level, which moved, or only pass the pointer on; undecided.
// abidiff: 4 agree
//--- v1/conf.h
struct conf { int level; int verbose; };
extern struct conf *lib_conf;
void conf_init(void);
//--- v2/conf.h
struct conf { int mode; int level; int verbose; };
extern struct conf *lib_conf;
void conf_init(void);
//--- v1
#include <stdlib.h>
#include "conf.h"
struct conf *lib_conf;
void conf_init(void) { lib_conf = calloc(1, sizeof *lib_conf); }
//--- v2
#include <stdlib.h>
#include "conf.h"
struct conf *lib_conf;
void conf_init(void) { lib_conf = calloc(1, sizeof *lib_conf); }
