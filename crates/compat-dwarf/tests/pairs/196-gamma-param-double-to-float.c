// expect: breaking
// why: img_set_gamma's gamma goes from double to float: both arrive in %xmm0, but old callers put a 64-bit
// why: double there and the library now reads the low 32 bits as a float, a meaningless value.
// abidiff: 4 agree
//--- v1/img.h
struct img;
struct img *img_new(int w, int h);
int img_set_gamma(struct img *im, double gamma);
//--- v2/img.h
struct img;
struct img *img_new(int w, int h);
int img_set_gamma(struct img *im, float gamma);
//--- v1
#include <stdlib.h>
#include "img.h"
struct img { int w, h; double gamma; };
struct img *img_new(int w, int h) { struct img *im = calloc(1, sizeof *im); if (im) { im->w = w; im->h = h; } return im; }
int img_set_gamma(struct img *im, double gamma) { if (gamma <= 0) return -1; im->gamma = gamma; return 0; }
//--- v2
#include <stdlib.h>
#include "img.h"
struct img { int w, h; double gamma; };
struct img *img_new(int w, int h) { struct img *im = calloc(1, sizeof *im); if (im) { im->w = w; im->h = h; } return im; }
int img_set_gamma(struct img *im, float gamma) { if (gamma <= 0) return -1; im->gamma = gamma; return 0; }
