// expect: breaking
// why: x264.h pastes X264_BUILD into the encoder's entry point (#define x264_encoder_open
// why: x264_encoder_glue2(x264_encoder_open_, X264_BUILD)), so binaries built against build 152 call
// why: x264_encoder_open_152. Build 153 adds multi-bit-depth support: it inserts int i_bitdepth after i_csp in the
// why: caller-allocated x264_param_t (i_fps_num moves from byte 20 to 24, the struct grows from 64 to 72 bytes) and
// why: therefore exports x264_encoder_open_153 instead: old binaries fail to load with an undefined symbol, exactly
// why: what the renaming is for, and x264_param_default_preset would write 72 bytes of the new layout into their
// why: 64-byte params.
// abidiff: 12 agree
//--- v1/x264.h
#include <stdint.h>
#define X264_BUILD 152
typedef struct x264_t x264_t;
typedef struct x264_param_t {
  unsigned int cpu;
  int i_threads;
  int i_width;
  int i_height;
  int i_csp;
  int i_fps_num;
  int i_fps_den;
  int i_keyint_max;
  int i_bframe;
  int b_annexb;
  struct { int i_rc_method; int i_qp_constant; int i_bitrate; float f_rf_constant; } rc;
  void *p_log_private;
} x264_param_t;
int x264_param_default_preset(x264_param_t *param, const char *preset, const char *tune);
#define x264_encoder_glue1(x, y) x##y
#define x264_encoder_glue2(x, y) x264_encoder_glue1(x, y)
#define x264_encoder_open x264_encoder_glue2(x264_encoder_open_, X264_BUILD)
x264_t *x264_encoder_open(x264_param_t *param);
int x264_encoder_maximum_delayed_frames(x264_t *h);
void x264_encoder_close(x264_t *h);
//--- v2/x264.h
#include <stdint.h>
#define X264_BUILD 153
typedef struct x264_t x264_t;
typedef struct x264_param_t {
  unsigned int cpu;
  int i_threads;
  int i_width;
  int i_height;
  int i_csp;
  int i_bitdepth;
  int i_fps_num;
  int i_fps_den;
  int i_keyint_max;
  int i_bframe;
  int b_annexb;
  struct { int i_rc_method; int i_qp_constant; int i_bitrate; float f_rf_constant; } rc;
  void *p_log_private;
} x264_param_t;
int x264_param_default_preset(x264_param_t *param, const char *preset, const char *tune);
#define x264_encoder_glue1(x, y) x##y
#define x264_encoder_glue2(x, y) x264_encoder_glue1(x, y)
#define x264_encoder_open x264_encoder_glue2(x264_encoder_open_, X264_BUILD)
x264_t *x264_encoder_open(x264_param_t *param);
int x264_encoder_maximum_delayed_frames(x264_t *h);
void x264_encoder_close(x264_t *h);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "x264.h"
struct x264_t { x264_param_t param; int i_frame; };
int x264_param_default_preset(x264_param_t *param, const char *preset, const char *tune) {
  (void)tune; memset(param, 0, sizeof *param);
  param->i_csp = 2; param->i_fps_num = 25; param->i_fps_den = 1; param->i_keyint_max = 250; param->b_annexb = 1;
  param->rc.i_rc_method = 1; param->rc.f_rf_constant = 23;
  param->i_bframe = preset && !strcmp(preset, "ultrafast") ? 0 : 3;
  return 0;
}
x264_t *x264_encoder_open(x264_param_t *param) {
  if (!param || param->i_width <= 0 || param->i_height <= 0) return NULL;
  x264_t *h = calloc(1, sizeof *h);
  if (h) h->param = *param;
  return h;
}
int x264_encoder_maximum_delayed_frames(x264_t *h) { return h->param.i_bframe + (h->param.i_threads > 1 ? h->param.i_threads - 1 : 0); }
void x264_encoder_close(x264_t *h) { free(h); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "x264.h"
struct x264_t { x264_param_t param; int i_frame; };
int x264_param_default_preset(x264_param_t *param, const char *preset, const char *tune) {
  (void)tune; memset(param, 0, sizeof *param);
  param->i_csp = 2; param->i_bitdepth = 8; param->i_fps_num = 25; param->i_fps_den = 1; param->i_keyint_max = 250; param->b_annexb = 1;
  param->rc.i_rc_method = 1; param->rc.f_rf_constant = 23;
  param->i_bframe = preset && !strcmp(preset, "ultrafast") ? 0 : 3;
  return 0;
}
x264_t *x264_encoder_open(x264_param_t *param) {
  if (!param || param->i_width <= 0 || param->i_height <= 0 || (param->i_bitdepth != 8 && param->i_bitdepth != 10)) return NULL;
  x264_t *h = calloc(1, sizeof *h);
  if (h) h->param = *param;
  return h;
}
int x264_encoder_maximum_delayed_frames(x264_t *h) { return h->param.i_bframe + (h->param.i_threads > 1 ? h->param.i_threads - 1 : 0); }
void x264_encoder_close(x264_t *h) { free(h); }
