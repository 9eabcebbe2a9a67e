// expect: info
// why: sixel_dither_t is an opaque handle: sixel.h only declares struct sixel_dither, the library allocates it in
// why: sixel_dither_new and every function takes the pointer it handed out. v2 adds a pixelformat member and
// why: sixel_dither_set_pixelformat; the struct is defined only in the library's source, so consumers never see its
// why: layout, and adding a function is compatible.
// abidiff: 4 disagree: the struct is defined only in lib.c and reached through pointers; the other change is an added function.
//--- v1/sixel.h
typedef struct sixel_dither sixel_dither_t;
typedef int SIXELSTATUS;
SIXELSTATUS sixel_dither_new(sixel_dither_t **ppdither, int ncolors, void *allocator);
void sixel_dither_unref(sixel_dither_t *dither);
void sixel_dither_set_diffusion_type(sixel_dither_t *dither, int method_for_diffuse);
int sixel_dither_get_num_of_palette_colors(sixel_dither_t *dither);
//--- v2/sixel.h
typedef struct sixel_dither sixel_dither_t;
typedef int SIXELSTATUS;
SIXELSTATUS sixel_dither_new(sixel_dither_t **ppdither, int ncolors, void *allocator);
void sixel_dither_unref(sixel_dither_t *dither);
void sixel_dither_set_diffusion_type(sixel_dither_t *dither, int method_for_diffuse);
void sixel_dither_set_pixelformat(sixel_dither_t *dither, int pixelformat);
int sixel_dither_get_num_of_palette_colors(sixel_dither_t *dither);
//--- v1
#include <stdlib.h>
#include "sixel.h"
struct sixel_dither {
    unsigned int ref;
    unsigned char *palette;
    int ncolors;
    int origcolors;
    int method_for_diffuse;
    int keycolor;
};
SIXELSTATUS sixel_dither_new(sixel_dither_t **ppdither, int ncolors, void *allocator) {
    (void)allocator;
    if (ncolors < 0 || ncolors > 256) return -1;
    sixel_dither_t *d = calloc(1, sizeof *d);
    if (!d) return -2;
    d->ref = 1; d->ncolors = ncolors ? ncolors : 256; d->keycolor = -1; d->palette = calloc((size_t)d->ncolors, 3);
    *ppdither = d;
    return 0;
}
void sixel_dither_unref(sixel_dither_t *dither) { if (dither && --dither->ref == 0) { free(dither->palette); free(dither); } }
void sixel_dither_set_diffusion_type(sixel_dither_t *dither, int method_for_diffuse) { dither->method_for_diffuse = method_for_diffuse; }
int sixel_dither_get_num_of_palette_colors(sixel_dither_t *dither) { return dither->ncolors; }
//--- v2
#include <stdlib.h>
#include "sixel.h"
struct sixel_dither {
    unsigned int ref;
    unsigned char *palette;
    int ncolors;
    int origcolors;
    int method_for_diffuse;
    int pixelformat;
    int keycolor;
    int optimize_palette;
};
SIXELSTATUS sixel_dither_new(sixel_dither_t **ppdither, int ncolors, void *allocator) {
    (void)allocator;
    if (ncolors < 0 || ncolors > 256) return -1;
    sixel_dither_t *d = calloc(1, sizeof *d);
    if (!d) return -2;
    d->ref = 1; d->ncolors = ncolors ? ncolors : 256; d->keycolor = -1; d->pixelformat = 3; d->palette = calloc((size_t)d->ncolors, 3);
    *ppdither = d;
    return 0;
}
void sixel_dither_unref(sixel_dither_t *dither) { if (dither && --dither->ref == 0) { free(dither->palette); free(dither); } }
void sixel_dither_set_diffusion_type(sixel_dither_t *dither, int method_for_diffuse) { dither->method_for_diffuse = method_for_diffuse; }
void sixel_dither_set_pixelformat(sixel_dither_t *dither, int pixelformat) { dither->pixelformat = pixelformat; }
int sixel_dither_get_num_of_palette_colors(sixel_dither_t *dither) { return dither->ncolors; }
