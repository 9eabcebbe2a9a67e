// expect: none
// why: The out-parameter int * becomes int32_t *, and int32_t is a typedef of int: the same type, so the
// why: function is unchanged for every caller.
// abidiff: 0 agree
//--- v1/cfg.h
int cfg_get_int(const char *key, int *out);
//--- v2/cfg.h
#include <stdint.h>
int cfg_get_int(const char *key, int32_t *out);
//--- v1
#include <stdlib.h>
#include "cfg.h"
int cfg_get_int(const char *key, int *out) { *out = atoi(key); return 0; }
//--- v2
#include <stdlib.h>
#include "cfg.h"
int cfg_get_int(const char *key, int32_t *out) { *out = atoi(key); return 0; }
