// expect: breaking
// why: aom_codec_enc_cfg_t is caller-allocated: consumers declare one, aom_codec_enc_config_default fills it and
// why: aom_codec_enc_init_ver reads it. v2 inserts unsigned int save_as_annexb before rc_end_usage, moving every
// why: later member, and aom_codec_enc_config_default (which takes no version) writes the new layout into old
// why: callers' objects. The ABI number aom_codec_enc_init_ver takes (int ver) only makes the second call fail
// why: after the overflow: consumers built against v1 do not work with v2.
// abidiff: 4 agree
//--- v1/aom_encoder.h
typedef struct aom_codec_ctx { const char *name; void *priv; long init_flags; } aom_codec_ctx_t;
typedef struct aom_codec_enc_cfg { unsigned int g_usage; unsigned int g_threads; unsigned int g_profile; unsigned int g_w; unsigned int g_h; unsigned int g_bit_depth; unsigned int rc_dropframe_thresh; int rc_end_usage; unsigned int rc_target_bitrate; unsigned int kf_max_dist; } aom_codec_enc_cfg_t;
#define AOM_ENCODER_ABI_VERSION 25
int aom_codec_enc_config_default(const void *iface, aom_codec_enc_cfg_t *cfg, unsigned int usage);
int aom_codec_enc_init_ver(aom_codec_ctx_t *ctx, const void *iface, const aom_codec_enc_cfg_t *cfg, long flags, int ver);
//--- v2/aom_encoder.h
typedef struct aom_codec_ctx { const char *name; void *priv; long init_flags; } aom_codec_ctx_t;
typedef struct aom_codec_enc_cfg { unsigned int g_usage; unsigned int g_threads; unsigned int g_profile; unsigned int g_w; unsigned int g_h; unsigned int g_bit_depth; unsigned int rc_dropframe_thresh; unsigned int save_as_annexb; int rc_end_usage; unsigned int rc_target_bitrate; unsigned int kf_max_dist; } aom_codec_enc_cfg_t;
#define AOM_ENCODER_ABI_VERSION 26
int aom_codec_enc_config_default(const void *iface, aom_codec_enc_cfg_t *cfg, unsigned int usage);
int aom_codec_enc_init_ver(aom_codec_ctx_t *ctx, const void *iface, const aom_codec_enc_cfg_t *cfg, long flags, int ver);
//--- v1
#include <string.h>
#include "aom_encoder.h"
int aom_codec_enc_config_default(const void *iface, aom_codec_enc_cfg_t *cfg, unsigned int usage) { (void)iface; memset(cfg, 0, sizeof *cfg); cfg->g_usage = usage; cfg->g_bit_depth = 8; cfg->rc_target_bitrate = 256; cfg->kf_max_dist = 9999; return 0; }
int aom_codec_enc_init_ver(aom_codec_ctx_t *ctx, const void *iface, const aom_codec_enc_cfg_t *cfg, long flags, int ver) { (void)iface; if (ver != AOM_ENCODER_ABI_VERSION) return 3; ctx->name = "av1"; ctx->priv = 0; ctx->init_flags = flags + cfg->rc_end_usage; return 0; }
//--- v2
#include <string.h>
#include "aom_encoder.h"
int aom_codec_enc_config_default(const void *iface, aom_codec_enc_cfg_t *cfg, unsigned int usage) { (void)iface; memset(cfg, 0, sizeof *cfg); cfg->g_usage = usage; cfg->g_bit_depth = 8; cfg->rc_target_bitrate = 256; cfg->kf_max_dist = 9999; return 0; }
int aom_codec_enc_init_ver(aom_codec_ctx_t *ctx, const void *iface, const aom_codec_enc_cfg_t *cfg, long flags, int ver) { (void)iface; if (ver != AOM_ENCODER_ABI_VERSION) return 3; ctx->name = "av1"; ctx->priv = 0; ctx->init_flags = flags + cfg->rc_end_usage + cfg->save_as_annexb; return 0; }
