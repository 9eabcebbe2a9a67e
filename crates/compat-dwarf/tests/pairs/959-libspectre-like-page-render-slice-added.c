// expect: info
// why: libspectre 0.2.7 adds spectre_page_render_slice, rendering a rectangle of a page, next to
// why: spectre_page_render. SpectrePage and SpectreRenderContext are opaque (only forward-declared in the header,
// why: defined in the library's sources) and every existing function is unchanged: a symbol is added.
// abidiff: 4 disagree: adding a symbol is compatible.
//--- v1/spectre.h
typedef struct SpectrePage SpectrePage;
typedef struct SpectreRenderContext SpectreRenderContext;
SpectrePage *spectre_page_new(unsigned int index, int width, int height);
SpectreRenderContext *spectre_render_context_new(void);
void spectre_render_context_set_scale(SpectreRenderContext *rc, double x_scale, double y_scale);
void spectre_page_render(SpectrePage *page, SpectreRenderContext *rc, unsigned char **page_data, int *row_length);
//--- v2/spectre.h
typedef struct SpectrePage SpectrePage;
typedef struct SpectreRenderContext SpectreRenderContext;
SpectrePage *spectre_page_new(unsigned int index, int width, int height);
SpectreRenderContext *spectre_render_context_new(void);
void spectre_render_context_set_scale(SpectreRenderContext *rc, double x_scale, double y_scale);
void spectre_page_render(SpectrePage *page, SpectreRenderContext *rc, unsigned char **page_data, int *row_length);
void spectre_page_render_slice(SpectrePage *page, SpectreRenderContext *rc, int x, int y, int width, int height, unsigned char **page_data, int *row_length);
//--- v1
#include <stdlib.h>
#include "spectre.h"
struct SpectrePage { unsigned int index; int width, height; };
struct SpectreRenderContext { double x_scale, y_scale; };
SpectrePage *spectre_page_new(unsigned int index, int width, int height) { SpectrePage *p = malloc(sizeof *p); if (p) { p->index = index; p->width = width; p->height = height; } return p; }
SpectreRenderContext *spectre_render_context_new(void) { SpectreRenderContext *rc = malloc(sizeof *rc); if (rc) rc->x_scale = rc->y_scale = 1.0; return rc; }
void spectre_render_context_set_scale(SpectreRenderContext *rc, double x_scale, double y_scale) { rc->x_scale = x_scale; rc->y_scale = y_scale; }
void spectre_page_render(SpectrePage *page, SpectreRenderContext *rc, unsigned char **page_data, int *row_length) {
    int w = (int)(page->width * rc->x_scale), h = (int)(page->height * rc->y_scale);
    *row_length = w * 4; *page_data = calloc((size_t)h, (size_t)*row_length);
}
//--- v2
#include <stdlib.h>
#include "spectre.h"
struct SpectrePage { unsigned int index; int width, height; };
struct SpectreRenderContext { double x_scale, y_scale; };
SpectrePage *spectre_page_new(unsigned int index, int width, int height) { SpectrePage *p = malloc(sizeof *p); if (p) { p->index = index; p->width = width; p->height = height; } return p; }
SpectreRenderContext *spectre_render_context_new(void) { SpectreRenderContext *rc = malloc(sizeof *rc); if (rc) rc->x_scale = rc->y_scale = 1.0; return rc; }
void spectre_render_context_set_scale(SpectreRenderContext *rc, double x_scale, double y_scale) { rc->x_scale = x_scale; rc->y_scale = y_scale; }
void spectre_page_render(SpectrePage *page, SpectreRenderContext *rc, unsigned char **page_data, int *row_length) {
    int w = (int)(page->width * rc->x_scale), h = (int)(page->height * rc->y_scale);
    *row_length = w * 4; *page_data = calloc((size_t)h, (size_t)*row_length);
}
void spectre_page_render_slice(SpectrePage *page, SpectreRenderContext *rc, int x, int y, int width, int height, unsigned char **page_data, int *row_length) {
    (void)page; (void)x; (void)y;
    int w = (int)(width * rc->x_scale), h = (int)(height * rc->y_scale);
    *row_length = w * 4; *page_data = calloc((size_t)h, (size_t)*row_length);
}
