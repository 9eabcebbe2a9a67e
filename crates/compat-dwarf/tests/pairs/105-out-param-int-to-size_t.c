// expect: breaking
// why: cfg_get_len writes the length through a caller-provided out-parameter; it was int * (4 bytes) and is
// why: now size_t * (8 bytes): the library writes 8 bytes into old callers' 4-byte int, clobbering what follows.
// abidiff: 4 agree
//--- v1/cfg.h
int cfg_get_len(const char *key, int *len);
//--- v2/cfg.h
#include <stddef.h>
int cfg_get_len(const char *key, size_t *len);
//--- v1
#include <string.h>
#include "cfg.h"
int cfg_get_len(const char *key, int *len) { *len = (int)strlen(key); return 0; }
//--- v2
#include <string.h>
#include "cfg.h"
int cfg_get_len(const char *key, size_t *len) { *len = strlen(key); return 0; }
