// expect: info
// why: The public header only forward-declares SSL; struct ssl_st is defined in ssl_local.h, an internal
// why: header included by the library's sources, and reached only through the pointer ssl_new hands out.
// why: Inserting type and appending wbio change nothing consumers compiled in.
// abidiff: 4 disagree: abidiff reports members inserted into struct ssl_st; it is defined only in the internal header ssl_local.h and consumers only hold SSL pointers.
//--- ssl.h
typedef struct ssl_st SSL;
SSL *ssl_new(void);
int ssl_version(const SSL *s);
//--- v1/ssl_local.h
#include "ssl.h"
struct ssl_st { int version; int state; void *rbio; };
//--- v2/ssl_local.h
#include "ssl.h"
struct ssl_st { int version; int type; int state; void *rbio; void *wbio; };
//--- lib.c
#include <stdlib.h>
#include "ssl_local.h"
SSL *ssl_new(void) { SSL *s = calloc(1, sizeof *s); if (s) s->version = 0x304; return s; }
int ssl_version(const SSL *s) { return s->version; }
