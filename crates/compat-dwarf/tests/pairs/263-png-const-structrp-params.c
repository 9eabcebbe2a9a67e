// expect: info
// why: libpng 1.5 respelled the getters' png_structp/png_infop parameters as png_const_structrp/png_const_inforp
// why: (const png_struct * restrict): the same pointers in the same registers under the same C symbols, and
// why: png_struct/png_info stay opaque. Only the API promises changed (const pointee, restrict).
// abidiff: 4 disagree: abidiff reports the parameters retyped from png_structp to const png_struct * restrict; the same pointers in the same registers under the same C symbols (as in 224).
//--- v1/png.h
typedef unsigned int png_uint_32;
typedef struct png_struct_def png_struct;
typedef struct png_info_def png_info;
typedef png_struct *png_structp;
typedef png_info *png_infop;
png_structp png_create_read_struct(const char *ver);
png_infop png_create_info_struct(png_structp png_ptr);
png_uint_32 png_get_image_width(png_structp png_ptr, png_infop info_ptr);
png_uint_32 png_get_image_height(png_structp png_ptr, png_infop info_ptr);
//--- v2/png.h
#define PNG_RESTRICT __restrict
typedef unsigned int png_uint_32;
typedef struct png_struct_def png_struct;
typedef struct png_info_def png_info;
typedef png_struct *png_structp;
typedef png_info *png_infop;
typedef const png_struct *PNG_RESTRICT png_const_structrp;
typedef const png_info *PNG_RESTRICT png_const_inforp;
png_structp png_create_read_struct(const char *ver);
png_infop png_create_info_struct(png_const_structrp png_ptr);
png_uint_32 png_get_image_width(png_const_structrp png_ptr, png_const_inforp info_ptr);
png_uint_32 png_get_image_height(png_const_structrp png_ptr, png_const_inforp info_ptr);
//--- v1
#include <stdlib.h>
#include "png.h"
struct png_struct_def { const char *ver; int flags; };
struct png_info_def { png_uint_32 width, height; };
png_structp png_create_read_struct(const char *ver) { png_structp p = calloc(1, sizeof *p); if (p) p->ver = ver; return p; }
png_infop png_create_info_struct(png_structp png_ptr) { return png_ptr ? calloc(1, sizeof(png_info)) : NULL; }
png_uint_32 png_get_image_width(png_structp png_ptr, png_infop info_ptr) { return png_ptr && info_ptr ? info_ptr->width : 0; }
png_uint_32 png_get_image_height(png_structp png_ptr, png_infop info_ptr) { return png_ptr && info_ptr ? info_ptr->height : 0; }
//--- v2
#include <stdlib.h>
#include "png.h"
struct png_struct_def { const char *ver; int flags; };
struct png_info_def { png_uint_32 width, height; };
png_structp png_create_read_struct(const char *ver) { png_structp p = calloc(1, sizeof *p); if (p) p->ver = ver; return p; }
png_infop png_create_info_struct(png_const_structrp png_ptr) { return png_ptr ? calloc(1, sizeof(png_info)) : NULL; }
png_uint_32 png_get_image_width(png_const_structrp png_ptr, png_const_inforp info_ptr) { return png_ptr && info_ptr ? info_ptr->width : 0; }
png_uint_32 png_get_image_height(png_const_structrp png_ptr, png_const_inforp info_ptr) { return png_ptr && info_ptr ? info_ptr->height : 0; }
