// expect: info
// why: zstd 1.3.8 renamed ZSTD_compressionParameters.searchLength to minMatch: the same unsigned at the same
// why: offset in a struct callers fill and pass by value inside ZSTD_parameters (56 bytes, on the stack), so old
// why: binaries pass the same bytes. Source using the old name no longer compiles: an API change.
// abidiff: 0 agree
//--- v1/zstd.h
#include <stddef.h>
typedef enum { ZSTD_fast = 1, ZSTD_dfast = 2, ZSTD_greedy = 3 } ZSTD_strategy;
typedef struct { unsigned windowLog; unsigned chainLog; unsigned hashLog; unsigned searchLog; unsigned searchLength; unsigned targetLength; ZSTD_strategy strategy; } ZSTD_compressionParameters;
typedef struct { int contentSizeFlag; int checksumFlag; int noDictIDFlag; } ZSTD_frameParameters;
typedef struct { ZSTD_compressionParameters cParams; ZSTD_frameParameters fParams; } ZSTD_parameters;
size_t ZSTD_compress_advanced(void *cctx, void *dst, size_t dstCapacity, const void *src, size_t srcSize, const void *dict, size_t dictSize, ZSTD_parameters params);
//--- v2/zstd.h
#include <stddef.h>
typedef enum { ZSTD_fast = 1, ZSTD_dfast = 2, ZSTD_greedy = 3 } ZSTD_strategy;
typedef struct { unsigned windowLog; unsigned chainLog; unsigned hashLog; unsigned searchLog; unsigned minMatch; unsigned targetLength; ZSTD_strategy strategy; } ZSTD_compressionParameters;
typedef struct { int contentSizeFlag; int checksumFlag; int noDictIDFlag; } ZSTD_frameParameters;
typedef struct { ZSTD_compressionParameters cParams; ZSTD_frameParameters fParams; } ZSTD_parameters;
size_t ZSTD_compress_advanced(void *cctx, void *dst, size_t dstCapacity, const void *src, size_t srcSize, const void *dict, size_t dictSize, ZSTD_parameters params);
//--- v1
#include <string.h>
#include "zstd.h"
size_t ZSTD_compress_advanced(void *cctx, void *dst, size_t dstCapacity, const void *src, size_t srcSize, const void *dict, size_t dictSize, ZSTD_parameters params) {
  (void)cctx; (void)dict; (void)dictSize;
  if (params.cParams.searchLength < 3 || srcSize > dstCapacity) return (size_t)-1;
  memcpy(dst, src, srcSize);
  return srcSize + (params.fParams.checksumFlag ? 4 : 0);
}
//--- v2
#include <string.h>
#include "zstd.h"
size_t ZSTD_compress_advanced(void *cctx, void *dst, size_t dstCapacity, const void *src, size_t srcSize, const void *dict, size_t dictSize, ZSTD_parameters params) {
  (void)cctx; (void)dict; (void)dictSize;
  if (params.cParams.minMatch < 3 || srcSize > dstCapacity) return (size_t)-1;
  memcpy(dst, src, srcSize);
  return srcSize + (params.fParams.checksumFlag ? 4 : 0);
}
