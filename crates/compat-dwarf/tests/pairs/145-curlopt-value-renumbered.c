// expect: breaking
// why: easy_option (CURLoption-like) keeps its names but OPT_TIMEOUT moves from 13 to 30013 (into the
// why: off_t option range): old binaries pass 13, which v2 no longer recognises, to easy_setopt.
// abidiff: 4 agree
//--- v1/easy.h
typedef struct easy easy;
typedef enum { OPT_URL = 10002, OPT_TIMEOUT = 13, OPT_VERBOSE = 41 } easy_option;
easy *easy_init(void);
int easy_setopt(easy *h, easy_option opt, ...);
//--- v2/easy.h
typedef struct easy easy;
typedef enum { OPT_URL = 10002, OPT_TIMEOUT = 30013, OPT_VERBOSE = 41 } easy_option;
easy *easy_init(void);
int easy_setopt(easy *h, easy_option opt, ...);
//--- lib.c
#include <stdarg.h>
#include <stdlib.h>
#include "easy.h"
struct easy { const char *url; long long timeout; long verbose; };
easy *easy_init(void) { return calloc(1, sizeof(easy)); }
int easy_setopt(easy *h, easy_option opt, ...)
{
    va_list ap; int rc = 0;
    va_start(ap, opt);
    switch (opt) {
    case OPT_URL: h->url = va_arg(ap, const char *); break;
    case OPT_TIMEOUT: h->timeout = va_arg(ap, long); break;
    case OPT_VERBOSE: h->verbose = va_arg(ap, long); break;
    default: rc = 48;
    }
    va_end(ap);
    return rc;
}
