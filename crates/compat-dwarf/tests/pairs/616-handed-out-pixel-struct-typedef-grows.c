// expect: warning
// why: The other side of round 15's fix for 600 (a typedef of a scalar handed out through a pointer is
// why: public): pixel_t is a typedef of a struct, declared with its members in the header and only handed
// why: out (get_pixels returns a pointer into the library's buffer). v2 appends an alpha channel: a struct
// why: has members a header may or may not publish, so it stays undecided (as in 305).
// abidiff: 4 agree
//--- v1/img.h
typedef struct { unsigned short r, g, b; } pixel_t;
typedef struct img img;
img *img_new(unsigned w, unsigned h);
pixel_t *get_pixels(img *i, unsigned x, unsigned y);
//--- v2/img.h
typedef struct { unsigned short r, g, b, a; } pixel_t;
typedef struct img img;
img *img_new(unsigned w, unsigned h);
pixel_t *get_pixels(img *i, unsigned x, unsigned y);
//--- v1
#include <stdlib.h>
#include "img.h"
struct img { unsigned w, h; pixel_t *px; };
img *img_new(unsigned w, unsigned h) { img *i = malloc(sizeof *i); if (!i) return 0; i->w = w; i->h = h; i->px = calloc((size_t)w * h, sizeof(pixel_t)); return i; }
pixel_t *get_pixels(img *i, unsigned x, unsigned y) { return i->px + (size_t)y * i->w + x; }
//--- v2
#include <stdlib.h>
#include "img.h"
struct img { unsigned w, h; pixel_t *px; };
img *img_new(unsigned w, unsigned h) { img *i = malloc(sizeof *i); if (!i) return 0; i->w = w; i->h = h; i->px = calloc((size_t)w * h, sizeof(pixel_t)); return i; }
pixel_t *get_pixels(img *i, unsigned x, unsigned y) { return i->px + (size_t)y * i->w + x; }
