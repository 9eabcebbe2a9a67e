// expect: info
// why: Leptonica 1.83 makes its image structs opaque: struct Pix, defined with its members in the public pix.h,
// why: moves unchanged into pix_internal.h, a header only the library's sources include, and pix.h keeps the
// why: forward declaration and typedef. Consumers only ever held PIX pointers from pixCreate (nothing takes a
// why: caller-allocated Pix), and the struct keeps its 64 bytes, members and offsets, so old binaries, including
// why: those that read pix->w directly, still work; sources that read the members no longer compile and must use
// why: the accessors: an API change a reader should know, nothing more.
// abidiff: 0 agree
//--- v1/pix.h
#include <stdint.h>
typedef int32_t l_int32;
typedef uint32_t l_uint32;
struct PixColormap;
struct Pix {
  l_uint32 w;
  l_uint32 h;
  l_uint32 d;
  l_uint32 spp;
  l_uint32 wpl;
  l_uint32 refcount;
  l_int32 xres;
  l_int32 yres;
  l_int32 informat;
  char *text;
  struct PixColormap *colormap;
  l_uint32 *data;
};
typedef struct Pix PIX;
PIX *pixCreate(l_int32 width, l_int32 height, l_int32 depth);
PIX *pixClone(PIX *pixs);
void pixDestroy(PIX **ppix);
l_int32 pixGetWidth(const PIX *pix);
l_int32 pixGetDepth(const PIX *pix);
l_uint32 *pixGetData(PIX *pix);
l_int32 pixSetResolution(PIX *pix, l_int32 xres, l_int32 yres);
//--- v2/pix.h
#include <stdint.h>
typedef int32_t l_int32;
typedef uint32_t l_uint32;
struct PixColormap;
struct Pix;
typedef struct Pix PIX;
PIX *pixCreate(l_int32 width, l_int32 height, l_int32 depth);
PIX *pixClone(PIX *pixs);
void pixDestroy(PIX **ppix);
l_int32 pixGetWidth(const PIX *pix);
l_int32 pixGetDepth(const PIX *pix);
l_uint32 *pixGetData(PIX *pix);
l_int32 pixSetResolution(PIX *pix, l_int32 xres, l_int32 yres);
//--- v2/pix_internal.h
#include "pix.h"
struct Pix {
  l_uint32 w;
  l_uint32 h;
  l_uint32 d;
  l_uint32 spp;
  l_uint32 wpl;
  l_uint32 refcount;
  l_int32 xres;
  l_int32 yres;
  l_int32 informat;
  char *text;
  struct PixColormap *colormap;
  l_uint32 *data;
};
//--- v1
#include <stdlib.h>
#include "pix.h"
PIX *pixCreate(l_int32 width, l_int32 height, l_int32 depth) {
  if (width <= 0 || height <= 0 || (depth != 1 && depth != 8 && depth != 32)) return NULL;
  PIX *pix = calloc(1, sizeof *pix);
  if (!pix) return NULL;
  pix->w = (l_uint32)width; pix->h = (l_uint32)height; pix->d = (l_uint32)depth; pix->spp = depth == 32 ? 3 : 1;
  pix->wpl = (pix->w * pix->d + 31) / 32; pix->refcount = 1;
  pix->data = calloc((size_t)pix->wpl * pix->h, sizeof(l_uint32));
  if (!pix->data) { free(pix); return NULL; }
  return pix;
}
PIX *pixClone(PIX *pixs) { if (pixs) pixs->refcount++; return pixs; }
void pixDestroy(PIX **ppix) {
  PIX *pix = ppix ? *ppix : NULL;
  if (!pix) return;
  if (--pix->refcount == 0) { free(pix->data); free(pix->text); free(pix); }
  *ppix = NULL;
}
l_int32 pixGetWidth(const PIX *pix) { return pix ? (l_int32)pix->w : 0; }
l_int32 pixGetDepth(const PIX *pix) { return pix ? (l_int32)pix->d : 0; }
l_uint32 *pixGetData(PIX *pix) { return pix ? pix->data : NULL; }
l_int32 pixSetResolution(PIX *pix, l_int32 xres, l_int32 yres) { if (!pix) return 1; if (xres > 0) pix->xres = xres; if (yres > 0) pix->yres = yres; return 0; }
//--- v2
#include <stdlib.h>
#include "pix_internal.h"
PIX *pixCreate(l_int32 width, l_int32 height, l_int32 depth) {
  if (width <= 0 || height <= 0 || (depth != 1 && depth != 8 && depth != 32)) return NULL;
  PIX *pix = calloc(1, sizeof *pix);
  if (!pix) return NULL;
  pix->w = (l_uint32)width; pix->h = (l_uint32)height; pix->d = (l_uint32)depth; pix->spp = depth == 32 ? 3 : 1;
  pix->wpl = (pix->w * pix->d + 31) / 32; pix->refcount = 1;
  pix->data = calloc((size_t)pix->wpl * pix->h, sizeof(l_uint32));
  if (!pix->data) { free(pix); return NULL; }
  return pix;
}
PIX *pixClone(PIX *pixs) { if (pixs) pixs->refcount++; return pixs; }
void pixDestroy(PIX **ppix) {
  PIX *pix = ppix ? *ppix : NULL;
  if (!pix) return;
  if (--pix->refcount == 0) { free(pix->data); free(pix->text); free(pix); }
  *ppix = NULL;
}
l_int32 pixGetWidth(const PIX *pix) { return pix ? (l_int32)pix->w : 0; }
l_int32 pixGetDepth(const PIX *pix) { return pix ? (l_int32)pix->d : 0; }
l_uint32 *pixGetData(PIX *pix) { return pix ? pix->data : NULL; }
l_int32 pixSetResolution(PIX *pix, l_int32 xres, l_int32 yres) { if (!pix) return 1; if (xres > 0) pix->xres = xres; if (yres > 0) pix->yres = yres; return 0; }
