// expect: none
// why: opus_int32, used for the sample rate and the packet length parameters, is redefined from int to int32_t,
// why: which glibc defines as int: the parameters have the very same type and nothing else changed.
// abidiff: 0 agree
//--- v1/opus.h
typedef int opus_int32;
typedef struct OpusDecoder OpusDecoder;
OpusDecoder *opus_decoder_create(opus_int32 Fs, int channels, int *error);
int opus_decode(OpusDecoder *st, const unsigned char *data, opus_int32 len, short *pcm, int frame_size, int decode_fec);
opus_int32 opus_decoder_get_size(int channels);
//--- v2/opus.h
#include <stdint.h>
typedef int32_t opus_int32;
typedef struct OpusDecoder OpusDecoder;
OpusDecoder *opus_decoder_create(opus_int32 Fs, int channels, int *error);
int opus_decode(OpusDecoder *st, const unsigned char *data, opus_int32 len, short *pcm, int frame_size, int decode_fec);
opus_int32 opus_decoder_get_size(int channels);
//--- lib.c
#include <stdlib.h>
#include "opus.h"
struct OpusDecoder { opus_int32 Fs; int channels; };
OpusDecoder *opus_decoder_create(opus_int32 Fs, int channels, int *error) {
  OpusDecoder *d = calloc(1, sizeof *d);
  if (error) *error = d ? 0 : -7;
  if (d) { d->Fs = Fs; d->channels = channels; }
  return d;
}
int opus_decode(OpusDecoder *st, const unsigned char *data, opus_int32 len, short *pcm, int frame_size, int decode_fec) {
  if (!st || (!data && len) || !pcm) return -1;
  for (int i = 0; i < frame_size * st->channels; i++) pcm[i] = (short)(decode_fec ? 0 : (i < len ? data[i] : 0));
  return frame_size;
}
opus_int32 opus_decoder_get_size(int channels) { return (opus_int32)(sizeof(OpusDecoder) + (size_t)channels * 64); }
