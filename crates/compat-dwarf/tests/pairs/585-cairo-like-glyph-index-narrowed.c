// expect: breaking
// why: cairo_glyph_t is an array consumers build and pass with its count to cairo_show_glyphs, so it is public.
// why: v2 narrows index from unsigned long to uint32_t: x and y keep their offsets (padding follows the new
// why: index) and the size stays 24, but the library now reads 4 bytes where consumers write 8: a member read
// why: with another size in a caller-built struct.
// abidiff: 4 agree
//--- v1/cairo.h
typedef struct _cairo cairo_t;
typedef struct { unsigned long index; double x; double y; } cairo_glyph_t;
cairo_t *cairo_create(void);
unsigned long cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs);
//--- v2/cairo.h
#include <stdint.h>
typedef struct _cairo cairo_t;
typedef struct { uint32_t index; double x; double y; } cairo_glyph_t;
cairo_t *cairo_create(void);
unsigned long cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs);
//--- v1
#include <stdlib.h>
#include "cairo.h"
struct _cairo { double x, y; };
cairo_t *cairo_create(void) { return calloc(1, sizeof(cairo_t)); }
unsigned long cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) { unsigned long sum = 0; for (int i = 0; i < num_glyphs; i++) { sum += glyphs[i].index; cr->x = glyphs[i].x; cr->y = glyphs[i].y; } return sum; }
//--- v2
#include <stdlib.h>
#include "cairo.h"
struct _cairo { double x, y; };
cairo_t *cairo_create(void) { return calloc(1, sizeof(cairo_t)); }
unsigned long cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) { unsigned long sum = 0; for (int i = 0; i < num_glyphs; i++) { sum += glyphs[i].index; cr->x = glyphs[i].x; cr->y = glyphs[i].y; } return sum; }
