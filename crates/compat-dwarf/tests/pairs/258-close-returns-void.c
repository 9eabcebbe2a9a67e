// expect: breaking
// why: tiff_close returned int (0 or an error) and now returns void: old callers that test its result read
// why: whatever %eax holds after the call and report spurious errors (the reverse of 123).
// abidiff: 4 agree
//--- v1/tiff.h
struct tiff;
struct tiff *tiff_open(const char *path);
int tiff_close(struct tiff *t);
//--- v2/tiff.h
struct tiff;
struct tiff *tiff_open(const char *path);
void tiff_close(struct tiff *t);
//--- v1
#include <stdlib.h>
#include "tiff.h"
struct tiff { const char *path; };
struct tiff *tiff_open(const char *path) { struct tiff *t = calloc(1, sizeof *t); if (t) t->path = path; return t; }
int tiff_close(struct tiff *t) { free(t); return 0; }
//--- v2
#include <stdlib.h>
#include "tiff.h"
struct tiff { const char *path; };
struct tiff *tiff_open(const char *path) { struct tiff *t = calloc(1, sizeof *t); if (t) t->path = path; return t; }
void tiff_close(struct tiff *t) { free(t); }
