// expect: breaking
// why: Callers build arrays of cfg_opt_t (cfg_opt_t opts[] = { CFG_STR(...), CFG_INT(...), CFG_END() }) and pass
// why: them to cfg_init, which walks them by sizeof(cfg_opt_t). libConfuse 3.0 inserted char *comment after name:
// why: every later member moves 8 bytes and the element grows, so v2 reads an old array's type as its comment and
// why: steps into the middle of the next entry.
// abidiff: 4 agree
//--- v1/confuse.h
typedef enum cfg_type_t { CFGT_NONE, CFGT_INT, CFGT_FLOAT, CFGT_STR, CFGT_BOOL, CFGT_SEC } cfg_type_t;
typedef int cfg_flag_t;
typedef struct cfg_t cfg_t;
typedef struct cfg_opt_t cfg_opt_t;
struct cfg_opt_t {
    const char *name;
    cfg_type_t type;
    unsigned int nvalues;
    void **values;
    cfg_flag_t flags;
    cfg_opt_t *subopts;
    const char *def_string;
    long def_number;
};
cfg_t *cfg_init(cfg_opt_t *opts, cfg_flag_t flags);
long cfg_getint(cfg_t *cfg, const char *name);
//--- v2/confuse.h
typedef enum cfg_type_t { CFGT_NONE, CFGT_INT, CFGT_FLOAT, CFGT_STR, CFGT_BOOL, CFGT_SEC } cfg_type_t;
typedef int cfg_flag_t;
typedef struct cfg_t cfg_t;
typedef struct cfg_opt_t cfg_opt_t;
struct cfg_opt_t {
    const char *name;
    char *comment;
    cfg_type_t type;
    unsigned int nvalues;
    void **values;
    cfg_flag_t flags;
    cfg_opt_t *subopts;
    const char *def_string;
    long def_number;
};
cfg_t *cfg_init(cfg_opt_t *opts, cfg_flag_t flags);
long cfg_getint(cfg_t *cfg, const char *name);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "confuse.h"
struct cfg_t { cfg_opt_t *opts; int nopts; cfg_flag_t flags; };
cfg_t *cfg_init(cfg_opt_t *opts, cfg_flag_t flags) {
    cfg_t *cfg = calloc(1, sizeof *cfg);
    if (!cfg) return NULL;
    cfg->opts = opts; cfg->flags = flags;
    while (opts[cfg->nopts].name) cfg->nopts++;
    return cfg;
}
long cfg_getint(cfg_t *cfg, const char *name) {
    for (int i = 0; i < cfg->nopts; i++) if (strcmp(cfg->opts[i].name, name) == 0 && cfg->opts[i].type == CFGT_INT) return cfg->opts[i].def_number;
    return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "confuse.h"
struct cfg_t { cfg_opt_t *opts; int nopts; cfg_flag_t flags; };
cfg_t *cfg_init(cfg_opt_t *opts, cfg_flag_t flags) {
    cfg_t *cfg = calloc(1, sizeof *cfg);
    if (!cfg) return NULL;
    cfg->opts = opts; cfg->flags = flags;
    while (opts[cfg->nopts].name) cfg->nopts++;
    return cfg;
}
long cfg_getint(cfg_t *cfg, const char *name) {
    for (int i = 0; i < cfg->nopts; i++) if (strcmp(cfg->opts[i].name, name) == 0 && cfg->opts[i].type == CFGT_INT) return cfg->opts[i].def_number;
    return 0;
}
