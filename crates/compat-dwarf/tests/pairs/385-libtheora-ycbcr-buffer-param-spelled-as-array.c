// expect: none
// why: th_ycbcr_buffer is typedef th_img_plane th_ycbcr_buffer[3]. v2 spells the parameters that used it out:
// why: th_decode_ycbcr_out(th_dec_ctx *, th_img_plane _ycbcr[3]) and, in the caller-filled th_stripe_callback, the
// why: stripe_decoded function pointer's (void *, th_img_plane *, int, int). A parameter of array type is a pointer
// why: to its element in C, so every function type is th_img_plane * in both versions: the same pointer in %rsi, the
// why: same 16-byte callback table, the same functions.
// abidiff: 0 agree
//--- v1/theoradec.h
typedef struct { int width; int height; int stride; unsigned char *data; } th_img_plane;
typedef th_img_plane th_ycbcr_buffer[3];
typedef struct th_dec_ctx th_dec_ctx;
typedef void (*th_stripe_decoded_func)(void *_ctx, th_ycbcr_buffer _buf, int _yfrag0, int _yfrag_end);
typedef struct { void *ctx; th_stripe_decoded_func stripe_decoded; } th_stripe_callback;
th_dec_ctx *th_decode_alloc(int width, int height);
int th_decode_set_stripe_callback(th_dec_ctx *_dec, const th_stripe_callback *_cb);
int th_decode_ycbcr_out(th_dec_ctx *_dec, th_ycbcr_buffer _ycbcr);
void th_decode_free(th_dec_ctx *_dec);
//--- v2/theoradec.h
typedef struct { int width; int height; int stride; unsigned char *data; } th_img_plane;
typedef th_img_plane th_ycbcr_buffer[3];
typedef struct th_dec_ctx th_dec_ctx;
typedef void (*th_stripe_decoded_func)(void *_ctx, th_img_plane *_buf, int _yfrag0, int _yfrag_end);
typedef struct { void *ctx; th_stripe_decoded_func stripe_decoded; } th_stripe_callback;
th_dec_ctx *th_decode_alloc(int width, int height);
int th_decode_set_stripe_callback(th_dec_ctx *_dec, const th_stripe_callback *_cb);
int th_decode_ycbcr_out(th_dec_ctx *_dec, th_img_plane _ycbcr[3]);
void th_decode_free(th_dec_ctx *_dec);
//--- v1
#include <stdlib.h>
#include "theoradec.h"
struct th_dec_ctx { th_ycbcr_buffer planes; th_stripe_callback cb; unsigned char *buf; };
th_dec_ctx *th_decode_alloc(int width, int height) {
  th_dec_ctx *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->buf = calloc((size_t)width * height * 3 / 2, 1);
  for (int i = 0; i < 3; i++) {
    d->planes[i].width = i ? width / 2 : width; d->planes[i].height = i ? height / 2 : height;
    d->planes[i].stride = d->planes[i].width;
    d->planes[i].data = d->buf + (i == 0 ? 0 : i == 1 ? (size_t)width * height : (size_t)width * height * 5 / 4);
  }
  return d;
}
int th_decode_set_stripe_callback(th_dec_ctx *_dec, const th_stripe_callback *_cb) { if (!_dec || !_cb) return -1; _dec->cb = *_cb; return 0; }
int th_decode_ycbcr_out(th_dec_ctx *_dec, th_ycbcr_buffer _ycbcr) {
  if (!_dec) return -1;
  for (int i = 0; i < 3; i++) _ycbcr[i] = _dec->planes[i];
  if (_dec->cb.stripe_decoded) _dec->cb.stripe_decoded(_dec->cb.ctx, _dec->planes, 0, _dec->planes[0].height / 8);
  return 0;
}
void th_decode_free(th_dec_ctx *_dec) { if (_dec) { free(_dec->buf); free(_dec); } }
//--- v2
#include <stdlib.h>
#include "theoradec.h"
struct th_dec_ctx { th_ycbcr_buffer planes; th_stripe_callback cb; unsigned char *buf; };
th_dec_ctx *th_decode_alloc(int width, int height) {
  th_dec_ctx *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->buf = calloc((size_t)width * height * 3 / 2, 1);
  for (int i = 0; i < 3; i++) {
    d->planes[i].width = i ? width / 2 : width; d->planes[i].height = i ? height / 2 : height;
    d->planes[i].stride = d->planes[i].width;
    d->planes[i].data = d->buf + (i == 0 ? 0 : i == 1 ? (size_t)width * height : (size_t)width * height * 5 / 4);
  }
  return d;
}
int th_decode_set_stripe_callback(th_dec_ctx *_dec, const th_stripe_callback *_cb) { if (!_dec || !_cb) return -1; _dec->cb = *_cb; return 0; }
int th_decode_ycbcr_out(th_dec_ctx *_dec, th_img_plane _ycbcr[3]) {
  if (!_dec) return -1;
  for (int i = 0; i < 3; i++) _ycbcr[i] = _dec->planes[i];
  if (_dec->cb.stripe_decoded) _dec->cb.stripe_decoded(_dec->cb.ctx, _dec->planes, 0, _dec->planes[0].height / 8);
  return 0;
}
void th_decode_free(th_dec_ctx *_dec) { if (_dec) { free(_dec->buf); free(_dec); } }
