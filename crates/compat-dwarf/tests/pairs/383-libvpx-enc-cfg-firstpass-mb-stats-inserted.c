// expect: breaking
// why: vpx_codec_enc_cfg_t is allocated by the caller (vpx_codec_enc_cfg_t cfg; vpx_codec_enc_config_default(iface,
// why: &cfg, 0); cfg.rc_target_bitrate = ...; vpx_codec_enc_init(&codec, iface, &cfg, 0)); nothing hands one out.
// why: libvpx 1.4 inserts vpx_fixed_buf_t rc_firstpass_mb_stats_in after rc_twopass_stats_in: rc_target_bitrate
// why: moves from byte 56 to 72, kf_max_dist from 72 to 88, and the struct grows from 80 to 96 bytes. libvpx bumps
// why: VPX_ENCODER_ABI_VERSION from 5 to 6, which the vpx_codec_enc_init macro passes to vpx_codec_enc_init_ver, so
// why: v2 refuses old binaries' encoders with VPX_CODEC_ABI_MISMATCH; and vpx_codec_enc_config_default, which takes
// why: no version, still writes 96 bytes into old callers' 80.
// abidiff: 4 agree
//--- v1/vpx_encoder.h
#include <stddef.h>
#define VPX_ENCODER_ABI_VERSION 5
typedef enum { VPX_CODEC_OK, VPX_CODEC_ERROR, VPX_CODEC_MEM_ERROR, VPX_CODEC_ABI_MISMATCH, VPX_CODEC_INVALID_PARAM = 8 } vpx_codec_err_t;
typedef const struct vpx_codec_iface vpx_codec_iface_t;
typedef struct vpx_codec_ctx { const char *name; vpx_codec_iface_t *iface; vpx_codec_err_t err; const char *err_detail; long init_flags; const void *config; void *priv; } vpx_codec_ctx_t;
typedef struct vpx_fixed_buf { void *buf; size_t sz; } vpx_fixed_buf_t;
struct vpx_rational { int num; int den; };
enum vpx_rc_mode { VPX_VBR, VPX_CBR, VPX_CQ, VPX_Q };
typedef struct vpx_codec_enc_cfg {
  unsigned int g_usage;
  unsigned int g_threads;
  unsigned int g_profile;
  unsigned int g_w;
  unsigned int g_h;
  struct vpx_rational g_timebase;
  unsigned int g_lag_in_frames;
  unsigned int rc_dropframe_thresh;
  enum vpx_rc_mode rc_end_usage;
  vpx_fixed_buf_t rc_twopass_stats_in;
  unsigned int rc_target_bitrate;
  unsigned int rc_min_quantizer;
  unsigned int rc_max_quantizer;
  unsigned int kf_min_dist;
  unsigned int kf_max_dist;
} vpx_codec_enc_cfg_t;
vpx_codec_iface_t *vpx_codec_vp8_cx(void);
vpx_codec_err_t vpx_codec_enc_config_default(vpx_codec_iface_t *iface, vpx_codec_enc_cfg_t *cfg, unsigned int usage);
vpx_codec_err_t vpx_codec_enc_init_ver(vpx_codec_ctx_t *ctx, vpx_codec_iface_t *iface, const vpx_codec_enc_cfg_t *cfg, long flags, int ver);
#define vpx_codec_enc_init(ctx, iface, cfg, flags) vpx_codec_enc_init_ver(ctx, iface, cfg, flags, VPX_ENCODER_ABI_VERSION)
vpx_codec_err_t vpx_codec_destroy(vpx_codec_ctx_t *ctx);
//--- v2/vpx_encoder.h
#include <stddef.h>
#define VPX_ENCODER_ABI_VERSION 6
typedef enum { VPX_CODEC_OK, VPX_CODEC_ERROR, VPX_CODEC_MEM_ERROR, VPX_CODEC_ABI_MISMATCH, VPX_CODEC_INVALID_PARAM = 8 } vpx_codec_err_t;
typedef const struct vpx_codec_iface vpx_codec_iface_t;
typedef struct vpx_codec_ctx { const char *name; vpx_codec_iface_t *iface; vpx_codec_err_t err; const char *err_detail; long init_flags; const void *config; void *priv; } vpx_codec_ctx_t;
typedef struct vpx_fixed_buf { void *buf; size_t sz; } vpx_fixed_buf_t;
struct vpx_rational { int num; int den; };
enum vpx_rc_mode { VPX_VBR, VPX_CBR, VPX_CQ, VPX_Q };
typedef struct vpx_codec_enc_cfg {
  unsigned int g_usage;
  unsigned int g_threads;
  unsigned int g_profile;
  unsigned int g_w;
  unsigned int g_h;
  struct vpx_rational g_timebase;
  unsigned int g_lag_in_frames;
  unsigned int rc_dropframe_thresh;
  enum vpx_rc_mode rc_end_usage;
  vpx_fixed_buf_t rc_twopass_stats_in;
  vpx_fixed_buf_t rc_firstpass_mb_stats_in;
  unsigned int rc_target_bitrate;
  unsigned int rc_min_quantizer;
  unsigned int rc_max_quantizer;
  unsigned int kf_min_dist;
  unsigned int kf_max_dist;
} vpx_codec_enc_cfg_t;
vpx_codec_iface_t *vpx_codec_vp8_cx(void);
vpx_codec_err_t vpx_codec_enc_config_default(vpx_codec_iface_t *iface, vpx_codec_enc_cfg_t *cfg, unsigned int usage);
vpx_codec_err_t vpx_codec_enc_init_ver(vpx_codec_ctx_t *ctx, vpx_codec_iface_t *iface, const vpx_codec_enc_cfg_t *cfg, long flags, int ver);
#define vpx_codec_enc_init(ctx, iface, cfg, flags) vpx_codec_enc_init_ver(ctx, iface, cfg, flags, VPX_ENCODER_ABI_VERSION)
vpx_codec_err_t vpx_codec_destroy(vpx_codec_ctx_t *ctx);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "vpx_encoder.h"
struct vpx_codec_iface { const char *name; int abi_version; vpx_codec_enc_cfg_t defaults; };
static struct vpx_codec_iface vp8_cx = { "WebM Project VP8 Encoder", VPX_ENCODER_ABI_VERSION, { .g_threads = 1, .g_w = 320, .g_h = 240, .g_timebase = { 1, 30 }, .rc_end_usage = VPX_VBR, .rc_target_bitrate = 256, .rc_min_quantizer = 4, .rc_max_quantizer = 63, .kf_max_dist = 128 } };
vpx_codec_iface_t *vpx_codec_vp8_cx(void) { return &vp8_cx; }
vpx_codec_err_t vpx_codec_enc_config_default(vpx_codec_iface_t *iface, vpx_codec_enc_cfg_t *cfg, unsigned int usage) {
  if (!iface || !cfg || usage) return VPX_CODEC_INVALID_PARAM;
  *cfg = iface->defaults;
  return VPX_CODEC_OK;
}
vpx_codec_err_t vpx_codec_enc_init_ver(vpx_codec_ctx_t *ctx, vpx_codec_iface_t *iface, const vpx_codec_enc_cfg_t *cfg, long flags, int ver) {
  if (ver != VPX_ENCODER_ABI_VERSION) return VPX_CODEC_ABI_MISMATCH;
  if (!ctx || !iface || !cfg || !cfg->g_w || !cfg->g_h) return VPX_CODEC_INVALID_PARAM;
  vpx_codec_enc_cfg_t *copy = malloc(sizeof *copy);
  if (!copy) return VPX_CODEC_MEM_ERROR;
  *copy = *cfg;
  memset(ctx, 0, sizeof *ctx);
  ctx->name = iface->name; ctx->iface = iface; ctx->init_flags = flags; ctx->config = copy; ctx->priv = copy;
  return VPX_CODEC_OK;
}
vpx_codec_err_t vpx_codec_destroy(vpx_codec_ctx_t *ctx) { if (!ctx || !ctx->priv) return VPX_CODEC_ERROR; free(ctx->priv); ctx->priv = NULL; return VPX_CODEC_OK; }
