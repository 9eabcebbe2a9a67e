// expect: info
// why: lzma_options_lzma is caller-allocated: lzma_lzma_preset fills the caller's object and lzma_raw_encoder_check
// why: reads it. xz 5.4 spends three of its reserved uint32_t members in place on ext_flags, ext_size_low and
// why: ext_size_high (for the LZMA1EXT filter): each new member has the replaced reserved member's type, size and
// why: offset, the struct keeps its size, and every later member (reserved_int4, the reserved enums and pointers) stays
// why: put. The preset function zeroes them as it zeroed the reserved words, so old callers pass what v2 expects.
// abidiff: 0 agree
//--- lzma-base.h
#include <stdint.h>
#include <stddef.h>
typedef unsigned char lzma_bool;
typedef enum { LZMA_OK = 0, LZMA_OPTIONS_ERROR = 8, LZMA_PROG_ERROR = 11 } lzma_ret;
typedef enum { LZMA_MODE_FAST = 1, LZMA_MODE_NORMAL = 2 } lzma_mode;
typedef enum { LZMA_MF_HC3 = 0x03, LZMA_MF_HC4 = 0x04, LZMA_MF_BT2 = 0x12, LZMA_MF_BT3 = 0x13, LZMA_MF_BT4 = 0x14 } lzma_match_finder;
typedef enum { LZMA_RESERVED_ENUM = 0 } lzma_reserved_enum;
//--- v1/lzma12.h
typedef struct {
    uint32_t dict_size;
    const uint8_t *preset_dict;
    uint32_t preset_dict_size;
    uint32_t lc;
    uint32_t lp;
    uint32_t pb;
    lzma_mode mode;
    uint32_t nice_len;
    lzma_match_finder mf;
    uint32_t depth;
    uint32_t reserved_int1;
    uint32_t reserved_int2;
    uint32_t reserved_int3;
    uint32_t reserved_int4;
    lzma_reserved_enum reserved_enum1;
    lzma_reserved_enum reserved_enum2;
    lzma_reserved_enum reserved_enum3;
    lzma_reserved_enum reserved_enum4;
    void *reserved_ptr1;
    void *reserved_ptr2;
} lzma_options_lzma;
lzma_bool lzma_lzma_preset(lzma_options_lzma *options, uint32_t preset);
lzma_ret lzma_raw_encoder_check(const lzma_options_lzma *options);
//--- v2/lzma12.h
#define LZMA_LZMA1EXT_ALLOW_EOPM 0x01
typedef struct {
    uint32_t dict_size;
    const uint8_t *preset_dict;
    uint32_t preset_dict_size;
    uint32_t lc;
    uint32_t lp;
    uint32_t pb;
    lzma_mode mode;
    uint32_t nice_len;
    lzma_match_finder mf;
    uint32_t depth;
    uint32_t ext_flags;
    uint32_t ext_size_low;
    uint32_t ext_size_high;
    uint32_t reserved_int4;
    lzma_reserved_enum reserved_enum1;
    lzma_reserved_enum reserved_enum2;
    lzma_reserved_enum reserved_enum3;
    lzma_reserved_enum reserved_enum4;
    void *reserved_ptr1;
    void *reserved_ptr2;
} lzma_options_lzma;
lzma_bool lzma_lzma_preset(lzma_options_lzma *options, uint32_t preset);
lzma_ret lzma_raw_encoder_check(const lzma_options_lzma *options);
//--- v1
#include <string.h>
#include "lzma-base.h"
#include "lzma12.h"
lzma_bool lzma_lzma_preset(lzma_options_lzma *options, uint32_t preset) {
    uint32_t level = preset & 0x1F;
    if (level > 9) return 1;
    memset(options, 0, sizeof *options);
    options->dict_size = 1U << (level <= 1 ? 18 + level : 19 + level);
    options->lc = 3; options->lp = 0; options->pb = 2;
    options->mode = level <= 3 ? LZMA_MODE_FAST : LZMA_MODE_NORMAL;
    options->nice_len = level <= 3 ? 128 : 64;
    options->mf = level <= 3 ? LZMA_MF_HC4 : LZMA_MF_BT4;
    return 0;
}
lzma_ret lzma_raw_encoder_check(const lzma_options_lzma *options) {
    if (!options) return LZMA_PROG_ERROR;
    if (options->lc + options->lp > 4 || options->pb > 4 || options->dict_size < 4096) return LZMA_OPTIONS_ERROR;
    return LZMA_OK;
}
//--- v2
#include <string.h>
#include "lzma-base.h"
#include "lzma12.h"
lzma_bool lzma_lzma_preset(lzma_options_lzma *options, uint32_t preset) {
    uint32_t level = preset & 0x1F;
    if (level > 9) return 1;
    memset(options, 0, sizeof *options);
    options->dict_size = 1U << (level <= 1 ? 18 + level : 19 + level);
    options->lc = 3; options->lp = 0; options->pb = 2;
    options->mode = level <= 3 ? LZMA_MODE_FAST : LZMA_MODE_NORMAL;
    options->nice_len = level <= 3 ? 128 : 64;
    options->mf = level <= 3 ? LZMA_MF_HC4 : LZMA_MF_BT4;
    options->ext_flags = 0; options->ext_size_low = UINT32_MAX; options->ext_size_high = UINT32_MAX;
    return 0;
}
lzma_ret lzma_raw_encoder_check(const lzma_options_lzma *options) {
    if (!options) return LZMA_PROG_ERROR;
    if (options->lc + options->lp > 4 || options->pb > 4 || options->dict_size < 4096) return LZMA_OPTIONS_ERROR;
    if (options->ext_flags & ~(uint32_t)LZMA_LZMA1EXT_ALLOW_EOPM) return LZMA_OPTIONS_ERROR;
    return LZMA_OK;
}
