// expect: info
// why: libavif 1.0 makes avifRGBImageAllocatePixels return avifResult (AVIF_RESULT_OUT_OF_MEMORY instead of
// why: aborting) where it returned void. Old callers never read %eax, so they work unchanged; new callers can check
// why: the result. avifRGBImage, which callers allocate and pass by pointer, keeps its 48 bytes and members: a
// why: compatible API change (as in 123 and 261).
// abidiff: 4 disagree: abidiff reports the return type changed from void to avifResult; old callers never read %eax, so they are unaffected (as in 123).
//--- v1/avif.h
#include <stdint.h>
typedef int avifBool;
typedef enum avifResult { AVIF_RESULT_OK = 0, AVIF_RESULT_UNKNOWN_ERROR, AVIF_RESULT_INVALID_FTYP, AVIF_RESULT_NO_CONTENT, AVIF_RESULT_OUT_OF_MEMORY = 26 } avifResult;
typedef enum avifRGBFormat { AVIF_RGB_FORMAT_RGB = 0, AVIF_RGB_FORMAT_RGBA, AVIF_RGB_FORMAT_ARGB, AVIF_RGB_FORMAT_BGR, AVIF_RGB_FORMAT_BGRA, AVIF_RGB_FORMAT_ABGR } avifRGBFormat;
typedef struct avifImage { uint32_t width; uint32_t height; uint32_t depth; int yuvFormat; } avifImage;
typedef struct avifRGBImage {
  uint32_t width;
  uint32_t height;
  uint32_t depth;
  avifRGBFormat format;
  int chromaUpsampling;
  avifBool ignoreAlpha;
  avifBool alphaPremultiplied;
  avifBool isFloat;
  uint8_t *pixels;
  uint32_t rowBytes;
} avifRGBImage;
avifImage *avifImageCreate(uint32_t width, uint32_t height, uint32_t depth, int yuvFormat);
void avifImageDestroy(avifImage *image);
void avifRGBImageSetDefaults(avifRGBImage *rgb, const avifImage *image);
uint32_t avifRGBImagePixelSize(const avifRGBImage *rgb);
void avifRGBImageAllocatePixels(avifRGBImage *rgb);
void avifRGBImageFreePixels(avifRGBImage *rgb);
//--- v2/avif.h
#include <stdint.h>
typedef int avifBool;
typedef enum avifResult { AVIF_RESULT_OK = 0, AVIF_RESULT_UNKNOWN_ERROR, AVIF_RESULT_INVALID_FTYP, AVIF_RESULT_NO_CONTENT, AVIF_RESULT_OUT_OF_MEMORY = 26 } avifResult;
typedef enum avifRGBFormat { AVIF_RGB_FORMAT_RGB = 0, AVIF_RGB_FORMAT_RGBA, AVIF_RGB_FORMAT_ARGB, AVIF_RGB_FORMAT_BGR, AVIF_RGB_FORMAT_BGRA, AVIF_RGB_FORMAT_ABGR } avifRGBFormat;
typedef struct avifImage { uint32_t width; uint32_t height; uint32_t depth; int yuvFormat; } avifImage;
typedef struct avifRGBImage {
  uint32_t width;
  uint32_t height;
  uint32_t depth;
  avifRGBFormat format;
  int chromaUpsampling;
  avifBool ignoreAlpha;
  avifBool alphaPremultiplied;
  avifBool isFloat;
  uint8_t *pixels;
  uint32_t rowBytes;
} avifRGBImage;
avifImage *avifImageCreate(uint32_t width, uint32_t height, uint32_t depth, int yuvFormat);
void avifImageDestroy(avifImage *image);
void avifRGBImageSetDefaults(avifRGBImage *rgb, const avifImage *image);
uint32_t avifRGBImagePixelSize(const avifRGBImage *rgb);
avifResult avifRGBImageAllocatePixels(avifRGBImage *rgb);
void avifRGBImageFreePixels(avifRGBImage *rgb);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "avif.h"
avifImage *avifImageCreate(uint32_t width, uint32_t height, uint32_t depth, int yuvFormat) {
  avifImage *im = calloc(1, sizeof *im);
  if (im) { im->width = width; im->height = height; im->depth = depth; im->yuvFormat = yuvFormat; }
  return im;
}
void avifImageDestroy(avifImage *image) { free(image); }
void avifRGBImageSetDefaults(avifRGBImage *rgb, const avifImage *image) {
  memset(rgb, 0, sizeof *rgb);
  rgb->width = image->width; rgb->height = image->height; rgb->depth = image->depth; rgb->format = AVIF_RGB_FORMAT_RGBA;
}
uint32_t avifRGBImagePixelSize(const avifRGBImage *rgb) { uint32_t ch = rgb->format == AVIF_RGB_FORMAT_RGB || rgb->format == AVIF_RGB_FORMAT_BGR ? 3 : 4; return rgb->depth > 8 ? ch * 2 : ch; }
void avifRGBImageAllocatePixels(avifRGBImage *rgb) {
  free(rgb->pixels);
  rgb->rowBytes = rgb->width * avifRGBImagePixelSize(rgb);
  rgb->pixels = malloc((size_t)rgb->rowBytes * rgb->height);
  if (!rgb->pixels) abort();
}
void avifRGBImageFreePixels(avifRGBImage *rgb) { free(rgb->pixels); rgb->pixels = NULL; rgb->rowBytes = 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "avif.h"
avifImage *avifImageCreate(uint32_t width, uint32_t height, uint32_t depth, int yuvFormat) {
  avifImage *im = calloc(1, sizeof *im);
  if (im) { im->width = width; im->height = height; im->depth = depth; im->yuvFormat = yuvFormat; }
  return im;
}
void avifImageDestroy(avifImage *image) { free(image); }
void avifRGBImageSetDefaults(avifRGBImage *rgb, const avifImage *image) {
  memset(rgb, 0, sizeof *rgb);
  rgb->width = image->width; rgb->height = image->height; rgb->depth = image->depth; rgb->format = AVIF_RGB_FORMAT_RGBA;
}
uint32_t avifRGBImagePixelSize(const avifRGBImage *rgb) { uint32_t ch = rgb->format == AVIF_RGB_FORMAT_RGB || rgb->format == AVIF_RGB_FORMAT_BGR ? 3 : 4; return rgb->depth > 8 ? ch * 2 : ch; }
avifResult avifRGBImageAllocatePixels(avifRGBImage *rgb) {
  free(rgb->pixels);
  rgb->rowBytes = rgb->width * avifRGBImagePixelSize(rgb);
  rgb->pixels = malloc((size_t)rgb->rowBytes * rgb->height);
  if (!rgb->pixels) { rgb->rowBytes = 0; return AVIF_RESULT_OUT_OF_MEMORY; }
  return AVIF_RESULT_OK;
}
void avifRGBImageFreePixels(avifRGBImage *rgb) { free(rgb->pixels); rgb->pixels = NULL; rgb->rowBytes = 0; }
