// expect: info
// why: img_get_width is renamed img_width and the old name kept as an alias of the same code (the way
// why: deprecated entry points are kept): every old symbol still exists with the same type, one symbol is
// why: added. Compatible; a reader should see the new name.
// abidiff: 0 agree
//--- v1/img.h
typedef struct img img;
img *img_load(const char *path);
int img_get_width(const img *i);
//--- v2/img.h
typedef struct img img;
img *img_load(const char *path);
int img_width(const img *i);
int img_get_width(const img *i); /* deprecated: use img_width */
//--- v1
#include <stdlib.h>
#include "img.h"
struct img { int w, h; };
img *img_load(const char *path) { img *i = calloc(1, sizeof *i); if (i && path) i->w = 64; return i; }
int img_get_width(const img *i) { return i->w; }
//--- v2
#include <stdlib.h>
#include "img.h"
struct img { int w, h; };
img *img_load(const char *path) { img *i = calloc(1, sizeof *i); if (i && path) i->w = 64; return i; }
int img_width(const img *i) { return i->w; }
int img_get_width(const img *i) __attribute__((alias("img_width")));
