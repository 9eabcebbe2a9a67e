// expect: warning
// why: gdImage is declared with its members in gd.h and only handed out (gdImageCreate returns a gdImagePtr);
// why: consumers read im->sx through the gdImageSX macro. v2 makes sx and sy unsigned int: the same size and
// why: offsets, but the signedness changes: a warning whatever the headers say.
// abidiff: 4 agree
//--- v1/gd.h
typedef struct gdImageStruct { unsigned char **pixels; int sx; int sy; int colorsTotal; } gdImage;
typedef gdImage *gdImagePtr;
#define gdImageSX(im) ((im)->sx)
gdImagePtr gdImageCreate(int sx, int sy);
void gdImageDestroy(gdImagePtr im);
//--- v2/gd.h
typedef struct gdImageStruct { unsigned char **pixels; unsigned int sx; unsigned int sy; int colorsTotal; } gdImage;
typedef gdImage *gdImagePtr;
#define gdImageSX(im) ((im)->sx)
gdImagePtr gdImageCreate(int sx, int sy);
void gdImageDestroy(gdImagePtr im);
//--- v1
#include <stdlib.h>
#include "gd.h"
gdImagePtr gdImageCreate(int sx, int sy) { gdImagePtr im = calloc(1, sizeof *im); if (im) { im->sx = sx; im->sy = sy; } return im; }
void gdImageDestroy(gdImagePtr im) { free(im); }
//--- v2
#include <stdlib.h>
#include "gd.h"
gdImagePtr gdImageCreate(int sx, int sy) { if (sx < 0 || sy < 0) return 0; gdImagePtr im = calloc(1, sizeof *im); if (im) { im->sx = (unsigned)sx; im->sy = (unsigned)sy; } return im; }
void gdImageDestroy(gdImagePtr im) { free(im); }
