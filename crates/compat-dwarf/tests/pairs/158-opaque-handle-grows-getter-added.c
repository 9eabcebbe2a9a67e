// expect: info
// why: BIO is an OpenSSL-style opaque handle: the header only forward-declares struct bio_st and the library
// why: allocates it. v2 inserts flags and appends cap in lib.c and exports a new getter bio_flags: a new
// why: symbol and a private layout change; old binaries only hold pointers and call unchanged functions.
// abidiff: 4 disagree: abidiff reports struct bio_st's members changed and one function added; bio_st is defined only in lib.c, and adding a function is compatible.
//--- v1/bio.h
typedef struct bio_st BIO;
BIO *bio_new_mem(void);
unsigned long bio_pending(const BIO *b);
void bio_free(BIO *b);
//--- v2/bio.h
typedef struct bio_st BIO;
BIO *bio_new_mem(void);
unsigned long bio_pending(const BIO *b);
int bio_flags(const BIO *b);
void bio_free(BIO *b);
//--- v1
#include <stdlib.h>
#include "bio.h"
struct bio_st { char *buf; unsigned long len; };
BIO *bio_new_mem(void) { return calloc(1, sizeof(BIO)); }
unsigned long bio_pending(const BIO *b) { return b->len; }
void bio_free(BIO *b) { if (b) free(b->buf); free(b); }
//--- v2
#include <stdlib.h>
#include "bio.h"
struct bio_st { int flags; char *buf; unsigned long len; unsigned long cap; };
BIO *bio_new_mem(void) { return calloc(1, sizeof(BIO)); }
unsigned long bio_pending(const BIO *b) { return b->len; }
int bio_flags(const BIO *b) { return b->flags; }
void bio_free(BIO *b) { if (b) free(b->buf); free(b); }
