// expect: breaking
// why: GetAuthenticPixels returns a pointer into the image's pixel cache which consumers write Quantum values
// why: through; v2 is built with HDRI, so Quantum goes from unsigned short to float (as ImageMagick 7's default
// why: did): old binaries write 2-byte quanta that the library reads as 4-byte floats. A pointee of another
// why: size.
// abidiff: 4 agree
//--- v1/MagickCore.h
#include <sys/types.h>
typedef unsigned short Quantum;
typedef struct _Image Image;
Image *AcquireImage(size_t columns, size_t rows);
Quantum *GetAuthenticPixels(Image *image, ssize_t x, ssize_t y, size_t columns, size_t rows);
double GetImageMean(const Image *image);
//--- v2/MagickCore.h
#include <sys/types.h>
typedef float Quantum;
typedef struct _Image Image;
Image *AcquireImage(size_t columns, size_t rows);
Quantum *GetAuthenticPixels(Image *image, ssize_t x, ssize_t y, size_t columns, size_t rows);
double GetImageMean(const Image *image);
//--- v1
#include <stdlib.h>
#include "MagickCore.h"
struct _Image { size_t columns, rows; Quantum *pixels; };
Image *AcquireImage(size_t columns, size_t rows) { Image *i = malloc(sizeof *i); if (!i) return 0; i->columns = columns; i->rows = rows; i->pixels = calloc(columns * rows, sizeof(Quantum)); return i; }
Quantum *GetAuthenticPixels(Image *image, ssize_t x, ssize_t y, size_t columns, size_t rows) { (void)columns; (void)rows; return image->pixels + y * (ssize_t)image->columns + x; }
double GetImageMean(const Image *image) { double s = 0; for (size_t i = 0; i < image->columns * image->rows; i++) s += image->pixels[i]; return s / (double)(image->columns * image->rows); }
//--- v2
#include <stdlib.h>
#include "MagickCore.h"
struct _Image { size_t columns, rows; Quantum *pixels; };
Image *AcquireImage(size_t columns, size_t rows) { Image *i = malloc(sizeof *i); if (!i) return 0; i->columns = columns; i->rows = rows; i->pixels = calloc(columns * rows, sizeof(Quantum)); return i; }
Quantum *GetAuthenticPixels(Image *image, ssize_t x, ssize_t y, size_t columns, size_t rows) { (void)columns; (void)rows; return image->pixels + y * (ssize_t)image->columns + x; }
double GetImageMean(const Image *image) { double s = 0; for (size_t i = 0; i < image->columns * image->rows; i++) s += image->pixels[i]; return s / (double)(image->columns * image->rows); }
