// expect: breaking
// why: zbar_image_set_size's width and height go from unsigned to unsigned long: the same registers, but the
// why: library now reads all 64 bits of %rsi and %rdx, whose upper halves the psABI leaves undefined when a v1
// why: caller passes 32-bit values. A parameter passed with another size.
// abidiff: 4 agree
//--- v1/zbar.h
typedef struct zbar_image_s zbar_image_t;
zbar_image_t *zbar_image_create(void);
void zbar_image_set_size(zbar_image_t *img, unsigned width, unsigned height);
unsigned long zbar_image_get_area(const zbar_image_t *img);
//--- v2/zbar.h
typedef struct zbar_image_s zbar_image_t;
zbar_image_t *zbar_image_create(void);
void zbar_image_set_size(zbar_image_t *img, unsigned long width, unsigned long height);
unsigned long zbar_image_get_area(const zbar_image_t *img);
//--- v1
#include <stdlib.h>
#include "zbar.h"
struct zbar_image_s { unsigned long width, height; };
zbar_image_t *zbar_image_create(void) { return calloc(1, sizeof(zbar_image_t)); }
void zbar_image_set_size(zbar_image_t *img, unsigned width, unsigned height) { img->width = width; img->height = height; }
unsigned long zbar_image_get_area(const zbar_image_t *img) { return img->width * img->height; }
//--- v2
#include <stdlib.h>
#include "zbar.h"
struct zbar_image_s { unsigned long width, height; };
zbar_image_t *zbar_image_create(void) { return calloc(1, sizeof(zbar_image_t)); }
void zbar_image_set_size(zbar_image_t *img, unsigned long width, unsigned long height) { img->width = width; img->height = height; }
unsigned long zbar_image_get_area(const zbar_image_t *img) { return img->width * img->height; }
