// expect: breaking
// why: struct img_info is filled by img_get_info into a caller-allocated struct (struct img_info info;
// why: img_get_info(img, &info); if (info.has_alpha) ...); only img_open hands out the image handle. v2 inserts the
// why: 1-bit is_srgb before has_alpha in the bit-field word: has_alpha moves from bit 1 to bit 2 and bit_depth from
// why: bits 2-7 to 3-8, so old callers test the wrong bits of the same word.
// abidiff: 4 agree
//--- v1/img.h
typedef struct img img;
struct img_info { unsigned int width; unsigned int height; unsigned int interlaced : 1; unsigned int has_alpha : 1; unsigned int bit_depth : 6; unsigned int color_type : 4; };
img *img_open(const unsigned char *data, unsigned long len);
void img_close(img *im);
int img_get_info(const img *im, struct img_info *info);
//--- v2/img.h
typedef struct img img;
struct img_info { unsigned int width; unsigned int height; unsigned int interlaced : 1; unsigned int is_srgb : 1; unsigned int has_alpha : 1; unsigned int bit_depth : 6; unsigned int color_type : 4; };
img *img_open(const unsigned char *data, unsigned long len);
void img_close(img *im);
int img_get_info(const img *im, struct img_info *info);
//--- v1
#include <stdlib.h>
#include "img.h"
struct img { unsigned int w, h; unsigned char depth, ctype, interlace; };
img *img_open(const unsigned char *data, unsigned long len) {
  if (len < 24) return NULL;
  img *im = calloc(1, sizeof *im);
  if (!im) return NULL;
  im->w = (unsigned)data[16] << 24 | (unsigned)data[17] << 16 | (unsigned)data[18] << 8 | data[19];
  im->h = (unsigned)data[20] << 24 | (unsigned)data[21] << 16 | (unsigned)data[22] << 8 | data[23];
  im->depth = len > 24 ? data[24] : 8; im->ctype = len > 25 ? data[25] : 2; im->interlace = len > 28 ? data[28] : 0;
  return im;
}
void img_close(img *im) { free(im); }
int img_get_info(const img *im, struct img_info *info) {
  info->width = im->w; info->height = im->h; info->interlaced = im->interlace != 0;
  info->has_alpha = (im->ctype & 4) != 0; info->bit_depth = im->depth; info->color_type = im->ctype;
  return 0;
}
//--- v2
#include <stdlib.h>
#include "img.h"
struct img { unsigned int w, h; unsigned char depth, ctype, interlace, srgb; };
img *img_open(const unsigned char *data, unsigned long len) {
  if (len < 24) return NULL;
  img *im = calloc(1, sizeof *im);
  if (!im) return NULL;
  im->w = (unsigned)data[16] << 24 | (unsigned)data[17] << 16 | (unsigned)data[18] << 8 | data[19];
  im->h = (unsigned)data[20] << 24 | (unsigned)data[21] << 16 | (unsigned)data[22] << 8 | data[23];
  im->depth = len > 24 ? data[24] : 8; im->ctype = len > 25 ? data[25] : 2; im->interlace = len > 28 ? data[28] : 0;
  im->srgb = len > 33;
  return im;
}
void img_close(img *im) { free(im); }
int img_get_info(const img *im, struct img_info *info) {
  info->width = im->w; info->height = im->h; info->interlaced = im->interlace != 0; info->is_srgb = im->srgb;
  info->has_alpha = (im->ctype & 4) != 0; info->bit_depth = im->depth; info->color_type = im->ctype;
  return 0;
}
