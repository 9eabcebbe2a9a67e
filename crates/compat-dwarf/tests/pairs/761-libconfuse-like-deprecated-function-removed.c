// expect: breaking
// why: libConfuse 3.0 drops the long-deprecated cfg_free_value (superseded by cfg_opt_nfree) from the library. A
// why: binary built against v1 that calls it has an undefined symbol under v2 and fails to load: a removed export.
// abidiff: 12 agree
//--- v1/confuse.h
typedef struct cfg_t cfg_t;
typedef struct cfg_opt_t cfg_opt_t;
cfg_t *cfg_init_simple(const char *name);
cfg_opt_t *cfg_getopt(cfg_t *cfg, const char *name);
int cfg_opt_nfree(cfg_opt_t *opt);
void cfg_free_value(cfg_opt_t *opt);
void cfg_free(cfg_t *cfg);
//--- v2/confuse.h
typedef struct cfg_t cfg_t;
typedef struct cfg_opt_t cfg_opt_t;
cfg_t *cfg_init_simple(const char *name);
cfg_opt_t *cfg_getopt(cfg_t *cfg, const char *name);
int cfg_opt_nfree(cfg_opt_t *opt);
void cfg_free(cfg_t *cfg);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "confuse.h"
struct cfg_opt_t { const char *name; unsigned int nvalues; void **values; };
struct cfg_t { const char *name; cfg_opt_t opt; };
cfg_t *cfg_init_simple(const char *name) { cfg_t *c = calloc(1, sizeof *c); if (c) { c->name = name; c->opt.name = "value"; } return c; }
cfg_opt_t *cfg_getopt(cfg_t *cfg, const char *name) { return cfg && !strcmp(name, cfg->opt.name) ? &cfg->opt : 0; }
int cfg_opt_nfree(cfg_opt_t *opt) { if (!opt) return -1; for (unsigned int i = 0; i < opt->nvalues; i++) free(opt->values[i]); free(opt->values); opt->values = 0; opt->nvalues = 0; return 0; }
void cfg_free_value(cfg_opt_t *opt) { cfg_opt_nfree(opt); }
void cfg_free(cfg_t *cfg) { if (cfg) { cfg_opt_nfree(&cfg->opt); free(cfg); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "confuse.h"
struct cfg_opt_t { const char *name; unsigned int nvalues; void **values; };
struct cfg_t { const char *name; cfg_opt_t opt; };
cfg_t *cfg_init_simple(const char *name) { cfg_t *c = calloc(1, sizeof *c); if (c) { c->name = name; c->opt.name = "value"; } return c; }
cfg_opt_t *cfg_getopt(cfg_t *cfg, const char *name) { return cfg && !strcmp(name, cfg->opt.name) ? &cfg->opt : 0; }
int cfg_opt_nfree(cfg_opt_t *opt) { if (!opt) return -1; for (unsigned int i = 0; i < opt->nvalues; i++) free(opt->values[i]); free(opt->values); opt->values = 0; opt->nvalues = 0; return 0; }
void cfg_free(cfg_t *cfg) { if (cfg) { cfg_opt_nfree(&cfg->opt); free(cfg); } }
