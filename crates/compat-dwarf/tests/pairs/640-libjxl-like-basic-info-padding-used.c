// expect: info
// why: JxlBasicInfo is caller-allocated (JxlDecoderGetBasicInfo fills the caller's object) and ends in uint8_t
// why: padding[100] reserved for growth. v2 takes the first 8 bytes for uint32_t intrinsic_xsize and
// why: intrinsic_ysize and keeps padding[92]: the size and every other offset hold, a reserved member replaced in
// why: place (as in 32).
// abidiff: 4 disagree: abidiff reports the padding array replaced by two members and a smaller array; the bytes were reserved for this, and the size and other offsets hold.
//--- v1/decode.h
#include <stdint.h>
typedef struct { int32_t have_container; uint32_t xsize; uint32_t ysize; uint32_t bits_per_sample; uint32_t num_extra_channels; uint8_t padding[100]; } JxlBasicInfo;
typedef struct JxlDecoder JxlDecoder;
int JxlDecoderGetBasicInfo(const JxlDecoder *dec, JxlBasicInfo *info);
//--- v2/decode.h
#include <stdint.h>
typedef struct { int32_t have_container; uint32_t xsize; uint32_t ysize; uint32_t bits_per_sample; uint32_t num_extra_channels; uint32_t intrinsic_xsize; uint32_t intrinsic_ysize; uint8_t padding[92]; } JxlBasicInfo;
typedef struct JxlDecoder JxlDecoder;
int JxlDecoderGetBasicInfo(const JxlDecoder *dec, JxlBasicInfo *info);
//--- v1
#include <string.h>
#include "decode.h"
int JxlDecoderGetBasicInfo(const JxlDecoder *dec, JxlBasicInfo *info) { memset(info, 0, sizeof *info); if (!dec) return 1; info->xsize = 64; info->ysize = 64; info->bits_per_sample = 8; return 0; }
//--- v2
#include <string.h>
#include "decode.h"
int JxlDecoderGetBasicInfo(const JxlDecoder *dec, JxlBasicInfo *info) { memset(info, 0, sizeof *info); if (!dec) return 1; info->xsize = 64; info->ysize = 64; info->bits_per_sample = 8; info->intrinsic_xsize = 64; info->intrinsic_ysize = 64; return 0; }
