// expect: breaking
// why: struct eq_config is caller-allocated and handed in by pointer (eq_config_apply(&cfg, ...); nothing hands one
// why: out). v2 doubles the band count: gains goes from short[2][8] to short[2][16], so the struct grows from 40 to
// why: 72 bytes, sample_rate moves from byte 32 to 64 and the library reads 32 bytes past an old caller's struct.
// why: The report must print the dimensions in declaration order.
// message: [2][16]
// abidiff: 4 agree
//--- v1/eq.h
struct eq_config { short gains[2][8]; int sample_rate; int flags; };
int eq_config_apply(const struct eq_config *cfg, float *pcm, int frames);
//--- v2/eq.h
struct eq_config { short gains[2][16]; int sample_rate; int flags; };
int eq_config_apply(const struct eq_config *cfg, float *pcm, int frames);
//--- v1
#include "eq.h"
int eq_config_apply(const struct eq_config *cfg, float *pcm, int frames) {
  if (cfg->sample_rate <= 0) return -1;
  for (int i = 0; i < frames; i++) for (int c = 0; c < 2; c++) pcm[2 * i + c] *= 1.0f + cfg->gains[c][i % 8] / 32768.0f;
  return frames;
}
//--- v2
#include "eq.h"
int eq_config_apply(const struct eq_config *cfg, float *pcm, int frames) {
  if (cfg->sample_rate <= 0) return -1;
  for (int i = 0; i < frames; i++) for (int c = 0; c < 2; c++) pcm[2 * i + c] *= 1.0f + cfg->gains[c][i % 16] / 32768.0f;
  return frames;
}
