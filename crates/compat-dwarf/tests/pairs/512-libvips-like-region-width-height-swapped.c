// expect: breaking
// why: struct vips_rect is caller-allocated and filled (struct vips_rect r = {left, top, width, height};
// why: vips_region_prepare(reg, &r)); nothing hands one out. v2 declares height before width: the struct still
// why: holds four ints at bytes 0, 4, 8 and 12, but the members at bytes 8 and 12 swapped names, so the library
// why: reads an old caller's width as the height and the height as the width. Same scalars at the same offsets,
// why: other meanings: a break, not a rename.
// abidiff: 4 agree
//--- v1/rect.h
struct vips_rect { int left; int top; int width; int height; };
typedef struct vips_region vips_region;
vips_region *vips_region_new(int w, int h);
int vips_region_prepare(vips_region *reg, const struct vips_rect *r);
//--- v2/rect.h
struct vips_rect { int left; int top; int height; int width; };
typedef struct vips_region vips_region;
vips_region *vips_region_new(int w, int h);
int vips_region_prepare(vips_region *reg, const struct vips_rect *r);
//--- v1
#include <stdlib.h>
#include "rect.h"
struct vips_region { int w, h; long pixels; };
vips_region *vips_region_new(int w, int h) { vips_region *r = calloc(1, sizeof *r); if (r) { r->w = w; r->h = h; } return r; }
int vips_region_prepare(vips_region *reg, const struct vips_rect *r) {
  if (r->left < 0 || r->top < 0 || r->left + r->width > reg->w || r->top + r->height > reg->h) return -1;
  reg->pixels = (long)r->width * r->height;
  return 0;
}
//--- v2
#include <stdlib.h>
#include "rect.h"
struct vips_region { int w, h; long pixels; };
vips_region *vips_region_new(int w, int h) { vips_region *r = calloc(1, sizeof *r); if (r) { r->w = w; r->h = h; } return r; }
int vips_region_prepare(vips_region *reg, const struct vips_rect *r) {
  if (r->left < 0 || r->top < 0 || r->left + r->width > reg->w || r->top + r->height > reg->h) return -1;
  reg->pixels = (long)r->width * r->height;
  return 0;
}
