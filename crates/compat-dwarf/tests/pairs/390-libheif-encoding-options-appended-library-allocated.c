// expect: warning
// why: struct heif_encoding_options opens with uint8_t version and is created by heif_encoding_options_alloc(),
// why: which sets version and the defaults; consumers change members and pass it to heif_context_encode_image.
// why: libheif appends macOS_compatibility_workaround and output_nclx_profile and bumps the version to 2: the struct
// why: grows from 2 to 16 bytes, and the library reads the new members only when options->version >= 2. Old binaries
// why: that use the allocated struct are fine, and so are ones that build their own with version 1; but because an
// why: export hands the struct out, the version-member convention does not settle it: a consumer that copies *opts
// why: into its own 2-byte struct passes version 2 with 14 bytes missing. Whether consumers may copy or embed it
// why: only the public headers can tell: undecided (as in 305).
// abidiff: 4 agree
//--- v1/heif.h
#include <stdint.h>
struct heif_context;
struct heif_image;
struct heif_encoder;
struct heif_image_handle;
struct heif_error { int code; int subcode; const char *message; };
struct heif_encoding_options {
  uint8_t version;
  uint8_t save_alpha_channel;
};
struct heif_encoding_options *heif_encoding_options_alloc(void);
void heif_encoding_options_free(struct heif_encoding_options *options);
struct heif_context *heif_context_alloc(void);
struct heif_error heif_context_encode_image(struct heif_context *ctx, const struct heif_image *image, struct heif_encoder *encoder, const struct heif_encoding_options *options, struct heif_image_handle **out_image_handle);
void heif_context_free(struct heif_context *ctx);
//--- v2/heif.h
#include <stdint.h>
struct heif_context;
struct heif_image;
struct heif_encoder;
struct heif_image_handle;
struct heif_error { int code; int subcode; const char *message; };
struct heif_color_profile_nclx { uint8_t version; uint16_t color_primaries; uint16_t transfer_characteristics; uint16_t matrix_coefficients; uint8_t full_range_flag; };
struct heif_encoding_options {
  uint8_t version;
  uint8_t save_alpha_channel;
  uint8_t macOS_compatibility_workaround;
  struct heif_color_profile_nclx *output_nclx_profile;
};
struct heif_encoding_options *heif_encoding_options_alloc(void);
void heif_encoding_options_free(struct heif_encoding_options *options);
struct heif_context *heif_context_alloc(void);
struct heif_error heif_context_encode_image(struct heif_context *ctx, const struct heif_image *image, struct heif_encoder *encoder, const struct heif_encoding_options *options, struct heif_image_handle **out_image_handle);
void heif_context_free(struct heif_context *ctx);
//--- v1
#include <stdlib.h>
#include "heif.h"
struct heif_context { int nimages; int alpha_images; };
struct heif_image_handle { struct heif_context *ctx; int id; };
static const struct heif_error ok = { 0, 0, "Success" };
struct heif_encoding_options *heif_encoding_options_alloc(void) {
  struct heif_encoding_options *o = malloc(sizeof *o);
  if (o) { o->version = 1; o->save_alpha_channel = 1; }
  return o;
}
void heif_encoding_options_free(struct heif_encoding_options *o) { free(o); }
struct heif_context *heif_context_alloc(void) { return calloc(1, sizeof(struct heif_context)); }
struct heif_error heif_context_encode_image(struct heif_context *ctx, const struct heif_image *image, struct heif_encoder *encoder, const struct heif_encoding_options *options, struct heif_image_handle **out) {
  struct heif_error bad = { 5, 2, "Null pointer argument" };
  if (!ctx || !image || !encoder) return bad;
  int alpha = options ? options->save_alpha_channel : 1;
  ctx->nimages++; ctx->alpha_images += alpha;
  if (out) { *out = malloc(sizeof **out); if (*out) { (*out)->ctx = ctx; (*out)->id = ctx->nimages; } }
  return ok;
}
void heif_context_free(struct heif_context *ctx) { free(ctx); }
//--- v2
#include <stdlib.h>
#include "heif.h"
struct heif_context { int nimages; int alpha_images; int nclx_images; int mac_workaround; };
struct heif_image_handle { struct heif_context *ctx; int id; };
static const struct heif_error ok = { 0, 0, "Success" };
struct heif_encoding_options *heif_encoding_options_alloc(void) {
  struct heif_encoding_options *o = malloc(sizeof *o);
  if (o) { o->version = 2; o->save_alpha_channel = 1; o->macOS_compatibility_workaround = 1; o->output_nclx_profile = NULL; }
  return o;
}
void heif_encoding_options_free(struct heif_encoding_options *o) { free(o); }
struct heif_context *heif_context_alloc(void) { return calloc(1, sizeof(struct heif_context)); }
struct heif_error heif_context_encode_image(struct heif_context *ctx, const struct heif_image *image, struct heif_encoder *encoder, const struct heif_encoding_options *options, struct heif_image_handle **out) {
  struct heif_error bad = { 5, 2, "Null pointer argument" };
  if (!ctx || !image || !encoder) return bad;
  int alpha = options ? options->save_alpha_channel : 1;
  if (options && options->version >= 2) {
    ctx->mac_workaround += options->macOS_compatibility_workaround;
    if (options->output_nclx_profile) ctx->nclx_images++;
  }
  ctx->nimages++; ctx->alpha_images += alpha;
  if (out) { *out = malloc(sizeof **out); if (*out) { (*out)->ctx = ctx; (*out)->id = ctx->nimages; } }
  return ok;
}
void heif_context_free(struct heif_context *ctx) { free(ctx); }
