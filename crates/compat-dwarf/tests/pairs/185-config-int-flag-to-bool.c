// expect: breaking
// why: In the caller-filled struct log_config, verbose goes from int to bool: the alignment of retries keeps
// why: every offset and the size (12 bytes), but the library now reads 1 byte where old callers stored a
// why: 4-byte int: verbose = 256 reads as false, verbose = 2 is an invalid bool.
// abidiff: 4 agree
//--- v1/log.h
struct log_config { int level; int verbose; int retries; };
int log_open(const char *path, const struct log_config *cfg);
//--- v2/log.h
#include <stdbool.h>
struct log_config { int level; bool verbose; int retries; };
int log_open(const char *path, const struct log_config *cfg);
//--- lib.c
#include "log.h"
int log_open(const char *path, const struct log_config *cfg)
{
    if (!path) return -1;
    return cfg->verbose ? cfg->level + cfg->retries : cfg->level;
}
