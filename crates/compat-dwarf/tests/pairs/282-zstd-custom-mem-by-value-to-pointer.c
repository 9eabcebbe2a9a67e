// expect: breaking
// why: ZSTD_createCCtx_advanced took the 24-byte allocator struct ZSTD_customMem by value (copied to the stack by
// why: the caller); v2 takes const ZSTD_customMem *. Same C symbol, but old callers pass no pointer in %rdi, so
// why: the library dereferences whatever %rdi holds.
// abidiff: 4 agree
//--- v1/zstd.h
#include <stddef.h>
typedef void *(*ZSTD_allocFunction)(void *opaque, size_t size);
typedef void (*ZSTD_freeFunction)(void *opaque, void *address);
typedef struct { ZSTD_allocFunction customAlloc; ZSTD_freeFunction customFree; void *opaque; } ZSTD_customMem;
typedef struct ZSTD_CCtx_s ZSTD_CCtx;
ZSTD_CCtx *ZSTD_createCCtx_advanced(ZSTD_customMem customMem);
size_t ZSTD_freeCCtx(ZSTD_CCtx *cctx);
//--- v2/zstd.h
#include <stddef.h>
typedef void *(*ZSTD_allocFunction)(void *opaque, size_t size);
typedef void (*ZSTD_freeFunction)(void *opaque, void *address);
typedef struct { ZSTD_allocFunction customAlloc; ZSTD_freeFunction customFree; void *opaque; } ZSTD_customMem;
typedef struct ZSTD_CCtx_s ZSTD_CCtx;
ZSTD_CCtx *ZSTD_createCCtx_advanced(const ZSTD_customMem *customMem);
size_t ZSTD_freeCCtx(ZSTD_CCtx *cctx);
//--- v1
#include <stdlib.h>
#include "zstd.h"
struct ZSTD_CCtx_s { ZSTD_customMem mem; int level; };
ZSTD_CCtx *ZSTD_createCCtx_advanced(ZSTD_customMem customMem) {
  ZSTD_CCtx *c = customMem.customAlloc ? customMem.customAlloc(customMem.opaque, sizeof *c) : malloc(sizeof *c);
  if (c) { c->mem = customMem; c->level = 3; }
  return c;
}
size_t ZSTD_freeCCtx(ZSTD_CCtx *cctx) {
  if (!cctx) return 0;
  if (cctx->mem.customFree) cctx->mem.customFree(cctx->mem.opaque, cctx); else free(cctx);
  return 0;
}
//--- v2
#include <stdlib.h>
#include "zstd.h"
struct ZSTD_CCtx_s { ZSTD_customMem mem; int level; };
ZSTD_CCtx *ZSTD_createCCtx_advanced(const ZSTD_customMem *customMem) {
  ZSTD_customMem m = customMem ? *customMem : (ZSTD_customMem){ 0, 0, 0 };
  ZSTD_CCtx *c = m.customAlloc ? m.customAlloc(m.opaque, sizeof *c) : malloc(sizeof *c);
  if (c) { c->mem = m; c->level = 3; }
  return c;
}
size_t ZSTD_freeCCtx(ZSTD_CCtx *cctx) {
  if (!cctx) return 0;
  if (cctx->mem.customFree) cctx->mem.customFree(cctx->mem.opaque, cctx); else free(cctx);
  return 0;
}
