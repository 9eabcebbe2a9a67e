// expect: breaking
// why: VAImage is caller-allocated: vaCreateImage and vaDeriveImage fill the struct the caller passes. v2 spends the
// why: reserved words on a uint64_t modifier followed by uint32_t va_reserved[2], but the reserved array started at
// why: offset 100, which is not 8-aligned: the modifier lands at 104, the struct's alignment goes from 4 to 8 and its
// why: size from 116 to 120, so the library writes past a v1 caller's VAImage.
// abidiff: 4 agree
//--- v1/va.h
#include <stdint.h>
typedef void *VADisplay;
typedef int VAStatus;
typedef unsigned int VAImageID;
typedef unsigned int VABufferID;
typedef struct _VAImageFormat { uint32_t fourcc; uint32_t byte_order; uint32_t bits_per_pixel; uint32_t depth; uint32_t red_mask; uint32_t green_mask; uint32_t blue_mask; uint32_t alpha_mask; uint32_t va_reserved[4]; } VAImageFormat;
typedef struct _VAImage { VAImageID image_id; VAImageFormat format; VABufferID buf; uint16_t width; uint16_t height; uint32_t data_size; uint32_t num_planes; uint32_t pitches[3]; uint32_t offsets[3]; int8_t num_palette_entries; int8_t entry_bytes; int8_t component_order[4]; uint32_t va_reserved[4]; } VAImage;
VAStatus vaCreateImage(VADisplay dpy, VAImageFormat *format, int width, int height, VAImage *image);
VAStatus vaDestroyImage(VADisplay dpy, VAImageID image);
//--- v2/va.h
#include <stdint.h>
typedef void *VADisplay;
typedef int VAStatus;
typedef unsigned int VAImageID;
typedef unsigned int VABufferID;
typedef struct _VAImageFormat { uint32_t fourcc; uint32_t byte_order; uint32_t bits_per_pixel; uint32_t depth; uint32_t red_mask; uint32_t green_mask; uint32_t blue_mask; uint32_t alpha_mask; uint32_t va_reserved[4]; } VAImageFormat;
typedef struct _VAImage { VAImageID image_id; VAImageFormat format; VABufferID buf; uint16_t width; uint16_t height; uint32_t data_size; uint32_t num_planes; uint32_t pitches[3]; uint32_t offsets[3]; int8_t num_palette_entries; int8_t entry_bytes; int8_t component_order[4]; uint64_t drm_format_modifier; uint32_t va_reserved[2]; } VAImage;
VAStatus vaCreateImage(VADisplay dpy, VAImageFormat *format, int width, int height, VAImage *image);
VAStatus vaDestroyImage(VADisplay dpy, VAImageID image);
//--- v1
#include <string.h>
#include "va.h"
static VAImageID next_id = 1;
VAStatus vaCreateImage(VADisplay dpy, VAImageFormat *format, int width, int height, VAImage *image) { if (!dpy || !format || !image) return 2; memset(image, 0, sizeof *image); image->image_id = next_id++; image->format = *format; image->width = (uint16_t)width; image->height = (uint16_t)height; image->num_planes = 2; image->pitches[0] = (uint32_t)width; image->pitches[1] = (uint32_t)width; image->offsets[1] = (uint32_t)(width * height); image->data_size = (uint32_t)(width * height * 3 / 2); return 0; }
VAStatus vaDestroyImage(VADisplay dpy, VAImageID image) { return dpy && image ? 0 : 2; }
//--- v2
#include <string.h>
#include "va.h"
static VAImageID next_id = 1;
VAStatus vaCreateImage(VADisplay dpy, VAImageFormat *format, int width, int height, VAImage *image) { if (!dpy || !format || !image) return 2; memset(image, 0, sizeof *image); image->image_id = next_id++; image->format = *format; image->width = (uint16_t)width; image->height = (uint16_t)height; image->num_planes = 2; image->pitches[0] = (uint32_t)width; image->pitches[1] = (uint32_t)width; image->offsets[1] = (uint32_t)(width * height); image->data_size = (uint32_t)(width * height * 3 / 2); image->drm_format_modifier = 0; return 0; }
VAStatus vaDestroyImage(VADisplay dpy, VAImageID image) { return dpy && image ? 0 : 2; }
