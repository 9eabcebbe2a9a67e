// expect: breaking
// why: ZydisDecoder is allocated by the caller (ZydisDecoder decoder; ZydisDecoderInit(&decoder, mode, width);) and
// why: passed to every decode call; no export hands one out. Zydis 4 replaces ZyanBool decoder_mode[11] (one flag per
// why: ZydisDecoderMode) by a ZyanU32 bitmask, so the struct shrinks from 20 to 12 bytes and the mode member changes
// why: type: a caller that reads or sets decoder.decoder_mode[ZYDIS_DECODER_MODE_MINIMAL] itself (the array is
// why: public) now touches a byte of the mask, and the layout callers allocate is not the one v2 uses.
// abidiff: 4 agree
//--- v1/Zydis.h
#include <stdint.h>
typedef uint8_t ZyanBool;
typedef uint32_t ZyanU32;
typedef uint32_t ZyanStatus;
typedef enum { ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_MACHINE_MODE_LONG_COMPAT_32, ZYDIS_MACHINE_MODE_LEGACY_32 } ZydisMachineMode;
typedef enum { ZYDIS_STACK_WIDTH_16, ZYDIS_STACK_WIDTH_32, ZYDIS_STACK_WIDTH_64 } ZydisStackWidth;
typedef enum { ZYDIS_DECODER_MODE_MINIMAL, ZYDIS_DECODER_MODE_AMD_BRANCHES, ZYDIS_DECODER_MODE_KNC, ZYDIS_DECODER_MODE_MPX, ZYDIS_DECODER_MODE_CET, ZYDIS_DECODER_MODE_LZCNT, ZYDIS_DECODER_MODE_TZCNT, ZYDIS_DECODER_MODE_WBNOINVD, ZYDIS_DECODER_MODE_CLDEMOTE, ZYDIS_DECODER_MODE_IPREFETCH, ZYDIS_DECODER_MODE_UD0_COMPAT, ZYDIS_DECODER_MODE_MAX_VALUE = ZYDIS_DECODER_MODE_UD0_COMPAT } ZydisDecoderMode;
typedef struct ZydisDecoder_ {
    ZydisMachineMode machine_mode;
    ZydisStackWidth stack_width;
    ZyanBool decoder_mode[ZYDIS_DECODER_MODE_MAX_VALUE + 1];
} ZydisDecoder;
ZyanStatus ZydisDecoderInit(ZydisDecoder *decoder, ZydisMachineMode machine_mode, ZydisStackWidth stack_width);
ZyanStatus ZydisDecoderEnableMode(ZydisDecoder *decoder, ZydisDecoderMode mode, ZyanBool enabled);
ZyanStatus ZydisDecoderDecodeLength(const ZydisDecoder *decoder, const void *buffer, ZyanU32 length, ZyanU32 *insn_length);
//--- v2/Zydis.h
#include <stdint.h>
typedef uint8_t ZyanBool;
typedef uint32_t ZyanU32;
typedef uint32_t ZyanStatus;
typedef enum { ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_MACHINE_MODE_LONG_COMPAT_32, ZYDIS_MACHINE_MODE_LEGACY_32 } ZydisMachineMode;
typedef enum { ZYDIS_STACK_WIDTH_16, ZYDIS_STACK_WIDTH_32, ZYDIS_STACK_WIDTH_64 } ZydisStackWidth;
typedef enum { ZYDIS_DECODER_MODE_MINIMAL, ZYDIS_DECODER_MODE_AMD_BRANCHES, ZYDIS_DECODER_MODE_KNC, ZYDIS_DECODER_MODE_MPX, ZYDIS_DECODER_MODE_CET, ZYDIS_DECODER_MODE_LZCNT, ZYDIS_DECODER_MODE_TZCNT, ZYDIS_DECODER_MODE_WBNOINVD, ZYDIS_DECODER_MODE_CLDEMOTE, ZYDIS_DECODER_MODE_IPREFETCH, ZYDIS_DECODER_MODE_UD0_COMPAT, ZYDIS_DECODER_MODE_MAX_VALUE = ZYDIS_DECODER_MODE_UD0_COMPAT } ZydisDecoderMode;
typedef struct ZydisDecoder_ {
    ZydisMachineMode machine_mode;
    ZydisStackWidth stack_width;
    ZyanU32 decoder_mode;
} ZydisDecoder;
ZyanStatus ZydisDecoderInit(ZydisDecoder *decoder, ZydisMachineMode machine_mode, ZydisStackWidth stack_width);
ZyanStatus ZydisDecoderEnableMode(ZydisDecoder *decoder, ZydisDecoderMode mode, ZyanBool enabled);
ZyanStatus ZydisDecoderDecodeLength(const ZydisDecoder *decoder, const void *buffer, ZyanU32 length, ZyanU32 *insn_length);
//--- v1
#include <string.h>
#include "Zydis.h"
ZyanStatus ZydisDecoderInit(ZydisDecoder *decoder, ZydisMachineMode machine_mode, ZydisStackWidth stack_width) {
    if (!decoder) return 0x80100004u;
    decoder->machine_mode = machine_mode; decoder->stack_width = stack_width;
    memset(decoder->decoder_mode, 0, sizeof decoder->decoder_mode);
    decoder->decoder_mode[ZYDIS_DECODER_MODE_MPX] = 1; decoder->decoder_mode[ZYDIS_DECODER_MODE_CET] = 1; decoder->decoder_mode[ZYDIS_DECODER_MODE_LZCNT] = 1;
    return 0x00100000u;
}
ZyanStatus ZydisDecoderEnableMode(ZydisDecoder *decoder, ZydisDecoderMode mode, ZyanBool enabled) {
    if (!decoder || (unsigned)mode > ZYDIS_DECODER_MODE_MAX_VALUE) return 0x80100004u;
    decoder->decoder_mode[mode] = enabled ? 1 : 0;
    return 0x00100000u;
}
ZyanStatus ZydisDecoderDecodeLength(const ZydisDecoder *decoder, const void *buffer, ZyanU32 length, ZyanU32 *insn_length) {
    const uint8_t *b = buffer;
    if (!decoder || !buffer || !length) return 0x80100004u;
    *insn_length = (decoder->decoder_mode[ZYDIS_DECODER_MODE_MINIMAL] || b[0] != 0x0f) ? 1 : (length > 1 ? 2 : 1);
    return 0x00100000u;
}
//--- v2
#include <string.h>
#include "Zydis.h"
ZyanStatus ZydisDecoderInit(ZydisDecoder *decoder, ZydisMachineMode machine_mode, ZydisStackWidth stack_width) {
    if (!decoder) return 0x80100004u;
    decoder->machine_mode = machine_mode; decoder->stack_width = stack_width;
    decoder->decoder_mode = (1u << ZYDIS_DECODER_MODE_MPX) | (1u << ZYDIS_DECODER_MODE_CET) | (1u << ZYDIS_DECODER_MODE_LZCNT);
    return 0x00100000u;
}
ZyanStatus ZydisDecoderEnableMode(ZydisDecoder *decoder, ZydisDecoderMode mode, ZyanBool enabled) {
    if (!decoder || (unsigned)mode > ZYDIS_DECODER_MODE_MAX_VALUE) return 0x80100004u;
    if (enabled) decoder->decoder_mode |= 1u << mode; else decoder->decoder_mode &= ~(1u << mode);
    return 0x00100000u;
}
ZyanStatus ZydisDecoderDecodeLength(const ZydisDecoder *decoder, const void *buffer, ZyanU32 length, ZyanU32 *insn_length) {
    const uint8_t *b = buffer;
    if (!decoder || !buffer || !length) return 0x80100004u;
    *insn_length = ((decoder->decoder_mode & 1u) || b[0] != 0x0f) ? 1 : (length > 1 ? 2 : 1);
    return 0x00100000u;
}
