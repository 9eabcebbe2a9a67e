// expect: breaking
// why: vorbis_info is allocated by the caller (vorbis_info vi; vorbis_info_init(&vi);) and nothing hands one out,
// why: so its layout is public. v2 inserts int bitrate_window between rate and bitrate_upper: the struct grows
// why: from 48 to 56 bytes and every later member moves, so vorbis_info_init clears past old callers' objects
// why: and the encoder reads their bitrates at the wrong offsets.
// abidiff: 4 agree
//--- v1/codec.h
typedef struct vorbis_info { int version; int channels; long rate; long bitrate_upper; long bitrate_nominal; long bitrate_lower; void *codec_setup; } vorbis_info;
void vorbis_info_init(vorbis_info *vi);
void vorbis_info_clear(vorbis_info *vi);
int vorbis_encode_init(vorbis_info *vi, long channels, long rate, long max_bitrate, long nominal_bitrate, long min_bitrate);
//--- v2/codec.h
typedef struct vorbis_info { int version; int channels; long rate; int bitrate_window; long bitrate_upper; long bitrate_nominal; long bitrate_lower; void *codec_setup; } vorbis_info;
void vorbis_info_init(vorbis_info *vi);
void vorbis_info_clear(vorbis_info *vi);
int vorbis_encode_init(vorbis_info *vi, long channels, long rate, long max_bitrate, long nominal_bitrate, long min_bitrate);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "codec.h"
void vorbis_info_init(vorbis_info *vi) { memset(vi, 0, sizeof *vi); vi->codec_setup = calloc(1, 64); }
void vorbis_info_clear(vorbis_info *vi) { free(vi->codec_setup); memset(vi, 0, sizeof *vi); }
int vorbis_encode_init(vorbis_info *vi, long channels, long rate, long max_bitrate, long nominal_bitrate, long min_bitrate) {
  if (!vi || channels < 1) return -1;
  vi->channels = (int)channels; vi->rate = rate;
  vi->bitrate_upper = max_bitrate; vi->bitrate_nominal = nominal_bitrate; vi->bitrate_lower = min_bitrate;
  return 0;
}
