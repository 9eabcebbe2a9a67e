// expect: info
// why: enum compression, passed by value to tiff_set_compression, gains COMPRESSION_ZSTD = 50000 at the end:
// why: existing enumerators keep their values and the underlying type stays unsigned int, so old callers'
// why: arguments mean the same. A new value is an API extension.
// abidiff: 0 agree
//--- v1/tiff.h
enum compression { COMPRESSION_NONE = 1, COMPRESSION_LZW = 5, COMPRESSION_JPEG = 7 };
struct tiff;
struct tiff *tiff_open(const char *path);
int tiff_set_compression(struct tiff *t, enum compression c);
//--- v2/tiff.h
enum compression { COMPRESSION_NONE = 1, COMPRESSION_LZW = 5, COMPRESSION_JPEG = 7, COMPRESSION_ZSTD = 50000 };
struct tiff;
struct tiff *tiff_open(const char *path);
int tiff_set_compression(struct tiff *t, enum compression c);
//--- v1
#include <stdlib.h>
#include "tiff.h"
struct tiff { const char *path; enum compression comp; };
struct tiff *tiff_open(const char *path) { struct tiff *t = calloc(1, sizeof *t); if (t) t->path = path; return t; }
int tiff_set_compression(struct tiff *t, enum compression c) { t->comp = c; return c == COMPRESSION_JPEG; }
//--- v2
#include <stdlib.h>
#include "tiff.h"
struct tiff { const char *path; enum compression comp; };
struct tiff *tiff_open(const char *path) { struct tiff *t = calloc(1, sizeof *t); if (t) t->path = path; return t; }
int tiff_set_compression(struct tiff *t, enum compression c) { t->comp = c; return c == COMPRESSION_JPEG || c == COMPRESSION_ZSTD; }
