// expect: warning
// why: zstd 1.4.0 changed ZSTD_CCtx_setParameter's value from unsigned to int: the same 4-byte register value
// why: under the same C symbol, so nothing moves, but the library now reads it as signed (negative compression
// why: levels became valid), so a large unsigned value an old caller passes is now negative. Same-size
// why: signedness change of a by-value parameter: warning.
// abidiff: 4 agree
//--- v1/zstd.h
#include <stddef.h>
typedef enum { ZSTD_c_compressionLevel = 100, ZSTD_c_windowLog = 101 } ZSTD_cParameter;
typedef struct ZSTD_CCtx_s ZSTD_CCtx;
ZSTD_CCtx *ZSTD_createCCtx(void);
size_t ZSTD_CCtx_setParameter(ZSTD_CCtx *cctx, ZSTD_cParameter param, unsigned value);
//--- v2/zstd.h
#include <stddef.h>
typedef enum { ZSTD_c_compressionLevel = 100, ZSTD_c_windowLog = 101 } ZSTD_cParameter;
typedef struct ZSTD_CCtx_s ZSTD_CCtx;
ZSTD_CCtx *ZSTD_createCCtx(void);
size_t ZSTD_CCtx_setParameter(ZSTD_CCtx *cctx, ZSTD_cParameter param, int value);
//--- v1
#include <stdlib.h>
#include "zstd.h"
struct ZSTD_CCtx_s { int level; unsigned windowLog; };
ZSTD_CCtx *ZSTD_createCCtx(void) { return calloc(1, sizeof(ZSTD_CCtx)); }
size_t ZSTD_CCtx_setParameter(ZSTD_CCtx *cctx, ZSTD_cParameter param, unsigned value) {
  if (param == ZSTD_c_compressionLevel) { cctx->level = value > 22 ? 22 : (int)value; return 0; }
  if (param == ZSTD_c_windowLog) { cctx->windowLog = value; return 0; }
  return (size_t)-1;
}
//--- v2
#include <stdlib.h>
#include "zstd.h"
struct ZSTD_CCtx_s { int level; unsigned windowLog; };
ZSTD_CCtx *ZSTD_createCCtx(void) { return calloc(1, sizeof(ZSTD_CCtx)); }
size_t ZSTD_CCtx_setParameter(ZSTD_CCtx *cctx, ZSTD_cParameter param, int value) {
  if (param == ZSTD_c_compressionLevel) { cctx->level = value > 22 ? 22 : value < -131072 ? -131072 : value; return 0; }
  if (param == ZSTD_c_windowLog) { cctx->windowLog = (unsigned)value; return 0; }
  return (size_t)-1;
}
