// expect: breaking
// why: ncblitter_e selects how ncvisual_blit draws: callers store it in the ncvisual_options they fill and pass
// why: (struct ncvisual_options vopts = { .blitter = NCBLIT_PIXEL, ... }), and ncvisual_media_defblitter returns one.
// why: v2 adds the octant blitter as NCBLIT_4x2 between NCBLIT_3x2 and NCBLIT_BRAILLE, so BRAILLE, PIXEL, 4x1 and 8x1
// why: move up by one: an old caller asking for NCBLIT_PIXEL (6) gets braille, and one asking for braille gets octants.
// abidiff: 4 agree
//--- v1/notcurses.h
#include <stdint.h>
struct notcurses;
struct ncplane;
struct ncvisual;
typedef enum { NCBLIT_DEFAULT, NCBLIT_1x1, NCBLIT_2x1, NCBLIT_2x2, NCBLIT_3x2, NCBLIT_BRAILLE, NCBLIT_PIXEL, NCBLIT_4x1, NCBLIT_8x1 } ncblitter_e;
typedef enum { NCSCALE_NONE, NCSCALE_SCALE, NCSCALE_STRETCH, NCSCALE_NONE_HIRES, NCSCALE_SCALE_HIRES } ncscale_e;
struct ncvisual_options {
    struct ncplane *n;
    ncscale_e scaling;
    int y, x;
    unsigned begy, begx;
    unsigned leny, lenx;
    ncblitter_e blitter;
    uint64_t flags;
    uint32_t transcolor;
    unsigned pxoffy, pxoffx;
};
struct ncplane *ncvisual_blit(struct notcurses *nc, struct ncvisual *ncv, const struct ncvisual_options *vopts);
ncblitter_e ncvisual_media_defblitter(const struct notcurses *nc, ncscale_e scale);
//--- v2/notcurses.h
#include <stdint.h>
struct notcurses;
struct ncplane;
struct ncvisual;
typedef enum { NCBLIT_DEFAULT, NCBLIT_1x1, NCBLIT_2x1, NCBLIT_2x2, NCBLIT_3x2, NCBLIT_4x2, NCBLIT_BRAILLE, NCBLIT_PIXEL, NCBLIT_4x1, NCBLIT_8x1 } ncblitter_e;
typedef enum { NCSCALE_NONE, NCSCALE_SCALE, NCSCALE_STRETCH, NCSCALE_NONE_HIRES, NCSCALE_SCALE_HIRES } ncscale_e;
struct ncvisual_options {
    struct ncplane *n;
    ncscale_e scaling;
    int y, x;
    unsigned begy, begx;
    unsigned leny, lenx;
    ncblitter_e blitter;
    uint64_t flags;
    uint32_t transcolor;
    unsigned pxoffy, pxoffx;
};
struct ncplane *ncvisual_blit(struct notcurses *nc, struct ncvisual *ncv, const struct ncvisual_options *vopts);
ncblitter_e ncvisual_media_defblitter(const struct notcurses *nc, ncscale_e scale);
//--- v1
#include <stdlib.h>
#include "notcurses.h"
struct notcurses { int pixel_support; int utf8; };
struct ncplane { int rows, cols; ncblitter_e drawn_with; };
struct ncvisual { unsigned pixy, pixx; uint32_t *data; };
static const int cells_per_glyph[] = { 1, 1, 2, 4, 6, 8, 0, 4, 8 };
struct ncplane *ncvisual_blit(struct notcurses *nc, struct ncvisual *ncv, const struct ncvisual_options *vopts) {
    ncblitter_e b = vopts && vopts->blitter ? vopts->blitter : ncvisual_media_defblitter(nc, vopts ? vopts->scaling : NCSCALE_NONE);
    struct ncplane *p = vopts && vopts->n ? vopts->n : calloc(1, sizeof *p);
    if (b == NCBLIT_PIXEL && !nc->pixel_support) return NULL;
    p->drawn_with = b;
    p->rows = cells_per_glyph[b] ? (int)(ncv->pixy / (unsigned)cells_per_glyph[b]) : 1; p->cols = (int)ncv->pixx;
    return p;
}
ncblitter_e ncvisual_media_defblitter(const struct notcurses *nc, ncscale_e scale) {
    if (!nc->utf8) return NCBLIT_1x1;
    return scale == NCSCALE_STRETCH ? NCBLIT_2x2 : NCBLIT_3x2;
}
//--- v2
#include <stdlib.h>
#include "notcurses.h"
struct notcurses { int pixel_support; int utf8; };
struct ncplane { int rows, cols; ncblitter_e drawn_with; };
struct ncvisual { unsigned pixy, pixx; uint32_t *data; };
static const int cells_per_glyph[] = { 1, 1, 2, 4, 6, 8, 8, 0, 4, 8 };
struct ncplane *ncvisual_blit(struct notcurses *nc, struct ncvisual *ncv, const struct ncvisual_options *vopts) {
    ncblitter_e b = vopts && vopts->blitter ? vopts->blitter : ncvisual_media_defblitter(nc, vopts ? vopts->scaling : NCSCALE_NONE);
    struct ncplane *p = vopts && vopts->n ? vopts->n : calloc(1, sizeof *p);
    if (b == NCBLIT_PIXEL && !nc->pixel_support) return NULL;
    p->drawn_with = b;
    p->rows = cells_per_glyph[b] ? (int)(ncv->pixy / (unsigned)cells_per_glyph[b]) : 1; p->cols = (int)ncv->pixx;
    return p;
}
ncblitter_e ncvisual_media_defblitter(const struct notcurses *nc, ncscale_e scale) {
    if (!nc->utf8) return NCBLIT_1x1;
    return scale == NCSCALE_STRETCH ? NCBLIT_2x2 : NCBLIT_3x2;
}
