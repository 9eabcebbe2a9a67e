// expect: info
// why: pixman.h only forward-declares union pixman_image (typedef pixman_image_t); the union and its variants
// why: are defined in pixman-private.h, an internal header the library's sources include, and consumers only
// why: hold the pointers pixman_image_create_solid_fill hands out. v2 inserts a clip flag and a destroy
// why: callback into image_common_t and grows the union: nothing consumers compiled in changes (as in 147).
// abidiff: 4 disagree: abidiff reports members inserted into image_common_t and union pixman_image grown; they are defined only in the internal header pixman-private.h and consumers only hold pixman_image_t pointers (as in 147).
//--- pixman.h
#include <stdint.h>
typedef int pixman_bool_t;
typedef struct pixman_color { uint16_t red; uint16_t green; uint16_t blue; uint16_t alpha; } pixman_color_t;
typedef union pixman_image pixman_image_t;
pixman_image_t *pixman_image_create_solid_fill(const pixman_color_t *color);
pixman_image_t *pixman_image_ref(pixman_image_t *image);
pixman_bool_t pixman_image_unref(pixman_image_t *image);
uint32_t pixman_image_get_solid_argb(pixman_image_t *image);
//--- v1/pixman-private.h
#include "pixman.h"
typedef enum { BITS, LINEAR, SOLID } image_type_t;
typedef struct image_common { image_type_t type; int32_t ref_count; pixman_bool_t dirty; void *property_changed; } image_common_t;
typedef struct solid_fill { image_common_t common; pixman_color_t color; uint32_t color_32; } solid_fill_t;
typedef struct bits_image { image_common_t common; int width; int height; uint32_t *bits; int rowstride; } bits_image_t;
union pixman_image { image_type_t type; image_common_t common; solid_fill_t solid; bits_image_t bits; };
//--- v2/pixman-private.h
#include "pixman.h"
typedef enum { BITS, LINEAR, SOLID } image_type_t;
typedef void (*pixman_image_destroy_func_t)(pixman_image_t *image, void *data);
typedef struct image_common { image_type_t type; int32_t ref_count; pixman_bool_t have_clip_region; pixman_bool_t dirty; void *property_changed; pixman_image_destroy_func_t destroy_func; void *destroy_data; } image_common_t;
typedef struct solid_fill { image_common_t common; pixman_color_t color; uint32_t color_32; } solid_fill_t;
typedef struct bits_image { image_common_t common; int width; int height; uint32_t *bits; int rowstride; } bits_image_t;
union pixman_image { image_type_t type; image_common_t common; solid_fill_t solid; bits_image_t bits; };
//--- v1
#include <stdlib.h>
#include "pixman-private.h"
pixman_image_t *pixman_image_create_solid_fill(const pixman_color_t *color) {
  pixman_image_t *img = calloc(1, sizeof *img);
  if (!img) return NULL;
  img->type = SOLID; img->common.ref_count = 1; img->solid.color = *color;
  img->solid.color_32 = ((uint32_t)(color->alpha >> 8) << 24) | ((uint32_t)(color->red >> 8) << 16) | ((uint32_t)(color->green >> 8) << 8) | (color->blue >> 8);
  return img;
}
pixman_image_t *pixman_image_ref(pixman_image_t *image) { image->common.ref_count++; return image; }
pixman_bool_t pixman_image_unref(pixman_image_t *image) {
  if (--image->common.ref_count) return 0;
  free(image); return 1;
}
uint32_t pixman_image_get_solid_argb(pixman_image_t *image) { return image->type == SOLID ? image->solid.color_32 : 0; }
//--- v2
#include <stdlib.h>
#include "pixman-private.h"
pixman_image_t *pixman_image_create_solid_fill(const pixman_color_t *color) {
  pixman_image_t *img = calloc(1, sizeof *img);
  if (!img) return NULL;
  img->type = SOLID; img->common.ref_count = 1; img->common.have_clip_region = 0; img->solid.color = *color;
  img->solid.color_32 = ((uint32_t)(color->alpha >> 8) << 24) | ((uint32_t)(color->red >> 8) << 16) | ((uint32_t)(color->green >> 8) << 8) | (color->blue >> 8);
  return img;
}
pixman_image_t *pixman_image_ref(pixman_image_t *image) { image->common.ref_count++; return image; }
pixman_bool_t pixman_image_unref(pixman_image_t *image) {
  if (--image->common.ref_count) return 0;
  if (image->common.destroy_func) image->common.destroy_func(image, image->common.destroy_data);
  free(image); return 1;
}
uint32_t pixman_image_get_solid_argb(pixman_image_t *image) { return image->type == SOLID ? image->solid.color_32 : 0; }
