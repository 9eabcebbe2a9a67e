// expect: breaking
// why: de265_get_image_plane returns a plane's pixels and stores its stride through out_stride, which points to the
// why: caller's variable (int stride; de265_get_image_plane(img, 0, &stride);). v2 declares it ptrdiff_t * to allow
// why: planes over 2 GiB: the library now writes 8 bytes into an old caller's 4-byte int, overwriting whatever the
// why: compiler placed next to it.
// abidiff: 4 agree
//--- v1/de265.h
#include <stdint.h>
struct de265_image;
typedef void de265_decoder_context;
de265_decoder_context *de265_new_decoder(void);
const struct de265_image *de265_get_next_picture(de265_decoder_context *ctx);
int de265_get_image_width(const struct de265_image *img, int channel);
const uint8_t *de265_get_image_plane(const struct de265_image *img, int channel, int *out_stride);
//--- v2/de265.h
#include <stdint.h>
#include <stddef.h>
struct de265_image;
typedef void de265_decoder_context;
de265_decoder_context *de265_new_decoder(void);
const struct de265_image *de265_get_next_picture(de265_decoder_context *ctx);
int de265_get_image_width(const struct de265_image *img, int channel);
const uint8_t *de265_get_image_plane(const struct de265_image *img, int channel, ptrdiff_t *out_stride);
//--- v1
#include <stdlib.h>
#include "de265.h"
struct de265_image { int width[3], height[3]; int stride[3]; uint8_t *plane[3]; };
struct decoder { struct de265_image pic; int have_pic; };
de265_decoder_context *de265_new_decoder(void) {
    struct decoder *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    for (int c = 0; c < 3; c++) { d->pic.width[c] = c ? 320 : 640; d->pic.height[c] = c ? 240 : 480; d->pic.stride[c] = d->pic.width[c] + 64; d->pic.plane[c] = calloc(d->pic.stride[c], d->pic.height[c]); }
    d->have_pic = 1;
    return d;
}
const struct de265_image *de265_get_next_picture(de265_decoder_context *ctx) { struct decoder *d = ctx; if (!d->have_pic) return NULL; d->have_pic = 0; return &d->pic; }
int de265_get_image_width(const struct de265_image *img, int channel) { return img->width[channel]; }
const uint8_t *de265_get_image_plane(const struct de265_image *img, int channel, int *out_stride) {
    if (out_stride) *out_stride = img->stride[channel];
    return img->plane[channel];
}
//--- v2
#include <stdlib.h>
#include "de265.h"
struct de265_image { int width[3], height[3]; ptrdiff_t stride[3]; uint8_t *plane[3]; };
struct decoder { struct de265_image pic; int have_pic; };
de265_decoder_context *de265_new_decoder(void) {
    struct decoder *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    for (int c = 0; c < 3; c++) { d->pic.width[c] = c ? 320 : 640; d->pic.height[c] = c ? 240 : 480; d->pic.stride[c] = d->pic.width[c] + 64; d->pic.plane[c] = calloc(d->pic.stride[c], d->pic.height[c]); }
    d->have_pic = 1;
    return d;
}
const struct de265_image *de265_get_next_picture(de265_decoder_context *ctx) { struct decoder *d = ctx; if (!d->have_pic) return NULL; d->have_pic = 0; return &d->pic; }
int de265_get_image_width(const struct de265_image *img, int channel) { return img->width[channel]; }
const uint8_t *de265_get_image_plane(const struct de265_image *img, int channel, ptrdiff_t *out_stride) {
    if (out_stride) *out_stride = img->stride[channel];
    return img->plane[channel];
}
