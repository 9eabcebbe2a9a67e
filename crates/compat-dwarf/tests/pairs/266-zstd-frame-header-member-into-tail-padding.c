// expect: info
// why: ZSTD_frameHeader is caller-allocated and only written by ZSTD_getFrameHeader. v2 appends unsigned _reserved1
// why: at byte 36, inside the 4 bytes of tail padding of the 40-byte v1 struct: size, alignment and every old
// why: offset hold, and the library only writes the new member into storage old callers' objects already have
// why: (C never reuses tail padding). Unlike an input widened into padding (140), nobody reads bytes old callers
// why: left unset.
// abidiff: 4 disagree: abidiff reports _reserved1 inserted at bit 288; it sits in the v1 struct's tail padding and the library only writes it, so size, offsets and old callers are unaffected.
//--- v1/zstd.h
#include <stddef.h>
typedef enum { ZSTD_frame, ZSTD_skippableFrame } ZSTD_frameType_e;
typedef struct {
  unsigned long long frameContentSize;
  unsigned long long windowSize;
  unsigned blockSizeMax;
  ZSTD_frameType_e frameType;
  unsigned headerSize;
  unsigned dictID;
  unsigned checksumFlag;
} ZSTD_frameHeader;
size_t ZSTD_getFrameHeader(ZSTD_frameHeader *zfhPtr, const void *src, size_t srcSize);
//--- v2/zstd.h
#include <stddef.h>
typedef enum { ZSTD_frame, ZSTD_skippableFrame } ZSTD_frameType_e;
typedef struct {
  unsigned long long frameContentSize;
  unsigned long long windowSize;
  unsigned blockSizeMax;
  ZSTD_frameType_e frameType;
  unsigned headerSize;
  unsigned dictID;
  unsigned checksumFlag;
  unsigned _reserved1;
} ZSTD_frameHeader;
size_t ZSTD_getFrameHeader(ZSTD_frameHeader *zfhPtr, const void *src, size_t srcSize);
//--- v1
#include <string.h>
#include "zstd.h"
size_t ZSTD_getFrameHeader(ZSTD_frameHeader *zfhPtr, const void *src, size_t srcSize) {
  const unsigned char *p = src;
  if (srcSize < 6) return 6;
  zfhPtr->frameContentSize = p[5];
  zfhPtr->windowSize = 1ULL << (10 + (p[4] >> 3));
  zfhPtr->blockSizeMax = 131072;
  zfhPtr->frameType = p[0] == 0x28 ? ZSTD_frame : ZSTD_skippableFrame;
  zfhPtr->headerSize = 6;
  zfhPtr->dictID = 0;
  zfhPtr->checksumFlag = (p[4] >> 2) & 1;
  return 0;
}
//--- v2
#include <string.h>
#include "zstd.h"
size_t ZSTD_getFrameHeader(ZSTD_frameHeader *zfhPtr, const void *src, size_t srcSize) {
  const unsigned char *p = src;
  if (srcSize < 6) return 6;
  zfhPtr->frameContentSize = p[5];
  zfhPtr->windowSize = 1ULL << (10 + (p[4] >> 3));
  zfhPtr->blockSizeMax = 131072;
  zfhPtr->frameType = p[0] == 0x28 ? ZSTD_frame : ZSTD_skippableFrame;
  zfhPtr->headerSize = 6;
  zfhPtr->dictID = 0;
  zfhPtr->checksumFlag = (p[4] >> 2) & 1;
  zfhPtr->_reserved1 = 0;
  return 0;
}
