// expect: breaking
// why: The deprecated enumerator CODEC_XVMC is removed from the middle of enum codec_id, so CODEC_H264 goes from
// why: 3 to 2 and CODEC_HEVC from 4 to 3: old callers of codec_name pass 3 meaning H264 and get HEVC.
// abidiff: 4 agree
//--- v1/codec.h
enum codec_id { CODEC_NONE, CODEC_MPEG1, CODEC_XVMC, CODEC_H264, CODEC_HEVC };
const char *codec_name(enum codec_id id);
//--- v2/codec.h
enum codec_id { CODEC_NONE, CODEC_MPEG1, CODEC_H264, CODEC_HEVC };
const char *codec_name(enum codec_id id);
//--- v1
#include "codec.h"
static const char *const names[] = { "none", "mpeg1", "xvmc", "h264", "hevc" };
const char *codec_name(enum codec_id id) { return (unsigned)id < 5 ? names[id] : "?"; }
//--- v2
#include "codec.h"
static const char *const names[] = { "none", "mpeg1", "h264", "hevc" };
const char *codec_name(enum codec_id id) { return (unsigned)id < 4 ? names[id] : "?"; }
