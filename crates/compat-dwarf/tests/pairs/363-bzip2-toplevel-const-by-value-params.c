// expect: none
// why: A const-correctness cleanup adds top-level const to BZ2_bzCompressInit's by-value parameters (bz_stream
// why: *const strm, const int blockSize100k, ...) and BZ2_bzCompress's action, in the header and in the
// why: definitions, where DWARF records them. Top-level qualifiers on parameters are not part of a function's
// why: type: the same values arrive in the same registers, so the two versions denote the same functions.
// abidiff: 0 agree
//--- v1/bzlib.h
typedef struct {
  char *next_in; unsigned int avail_in; unsigned int total_in_lo32; unsigned int total_in_hi32;
  char *next_out; unsigned int avail_out; unsigned int total_out_lo32; unsigned int total_out_hi32;
  void *state;
  void *(*bzalloc)(void *, int, int);
  void (*bzfree)(void *, void *);
  void *opaque;
} bz_stream;
#define BZ_RUN 0
#define BZ_FINISH 2
#define BZ_OK 0
#define BZ_PARAM_ERROR (-2)
int BZ2_bzCompressInit(bz_stream *strm, int blockSize100k, int verbosity, int workFactor);
int BZ2_bzCompress(bz_stream *strm, int action);
int BZ2_bzCompressEnd(bz_stream *strm);
//--- v2/bzlib.h
typedef struct {
  char *next_in; unsigned int avail_in; unsigned int total_in_lo32; unsigned int total_in_hi32;
  char *next_out; unsigned int avail_out; unsigned int total_out_lo32; unsigned int total_out_hi32;
  void *state;
  void *(*bzalloc)(void *, int, int);
  void (*bzfree)(void *, void *);
  void *opaque;
} bz_stream;
#define BZ_RUN 0
#define BZ_FINISH 2
#define BZ_OK 0
#define BZ_PARAM_ERROR (-2)
int BZ2_bzCompressInit(bz_stream *const strm, const int blockSize100k, const int verbosity, const int workFactor);
int BZ2_bzCompress(bz_stream *const strm, const int action);
int BZ2_bzCompressEnd(bz_stream *strm);
//--- v1
#include <stdlib.h>
#include "bzlib.h"
typedef struct { int blockSize100k; int verbosity; int workFactor; int mode; } EState;
static void *default_bzalloc(void *opaque, int items, int size) { (void)opaque; return malloc((size_t)items * (size_t)size); }
static void default_bzfree(void *opaque, void *addr) { (void)opaque; free(addr); }
int BZ2_bzCompressInit(bz_stream *strm, int blockSize100k, int verbosity, int workFactor) {
  if (!strm || blockSize100k < 1 || blockSize100k > 9 || workFactor < 0 || workFactor > 250) return BZ_PARAM_ERROR;
  if (!strm->bzalloc) strm->bzalloc = default_bzalloc;
  if (!strm->bzfree) strm->bzfree = default_bzfree;
  EState *s = strm->bzalloc(strm->opaque, 1, (int)sizeof(EState));
  if (!s) return -3;
  s->blockSize100k = blockSize100k; s->verbosity = verbosity; s->workFactor = workFactor ? workFactor : 30; s->mode = 1;
  strm->state = s; strm->total_in_lo32 = strm->total_in_hi32 = strm->total_out_lo32 = strm->total_out_hi32 = 0;
  return BZ_OK;
}
int BZ2_bzCompress(bz_stream *strm, int action) {
  if (!strm || !strm->state) return BZ_PARAM_ERROR;
  unsigned int n = strm->avail_in < strm->avail_out ? strm->avail_in : strm->avail_out;
  for (unsigned int i = 0; i < n; i++) *strm->next_out++ = *strm->next_in++;
  strm->avail_in -= n; strm->avail_out -= n; strm->total_in_lo32 += n; strm->total_out_lo32 += n;
  return action == BZ_FINISH && !strm->avail_in ? 4 : 1;
}
int BZ2_bzCompressEnd(bz_stream *strm) { if (!strm || !strm->state) return BZ_PARAM_ERROR; strm->bzfree(strm->opaque, strm->state); strm->state = NULL; return BZ_OK; }
//--- v2
#include <stdlib.h>
#include "bzlib.h"
typedef struct { int blockSize100k; int verbosity; int workFactor; int mode; } EState;
static void *default_bzalloc(void *opaque, int items, int size) { (void)opaque; return malloc((size_t)items * (size_t)size); }
static void default_bzfree(void *opaque, void *addr) { (void)opaque; free(addr); }
int BZ2_bzCompressInit(bz_stream *const strm, const int blockSize100k, const int verbosity, const int workFactor) {
  if (!strm || blockSize100k < 1 || blockSize100k > 9 || workFactor < 0 || workFactor > 250) return BZ_PARAM_ERROR;
  if (!strm->bzalloc) strm->bzalloc = default_bzalloc;
  if (!strm->bzfree) strm->bzfree = default_bzfree;
  EState *s = strm->bzalloc(strm->opaque, 1, (int)sizeof(EState));
  if (!s) return -3;
  s->blockSize100k = blockSize100k; s->verbosity = verbosity; s->workFactor = workFactor ? workFactor : 30; s->mode = 1;
  strm->state = s; strm->total_in_lo32 = strm->total_in_hi32 = strm->total_out_lo32 = strm->total_out_hi32 = 0;
  return BZ_OK;
}
int BZ2_bzCompress(bz_stream *const strm, const int action) {
  if (!strm || !strm->state) return BZ_PARAM_ERROR;
  unsigned int n = strm->avail_in < strm->avail_out ? strm->avail_in : strm->avail_out;
  for (unsigned int i = 0; i < n; i++) *strm->next_out++ = *strm->next_in++;
  strm->avail_in -= n; strm->avail_out -= n; strm->total_in_lo32 += n; strm->total_out_lo32 += n;
  return action == BZ_FINISH && !strm->avail_in ? 4 : 1;
}
int BZ2_bzCompressEnd(bz_stream *strm) { if (!strm || !strm->state) return BZ_PARAM_ERROR; strm->bzfree(strm->opaque, strm->state); strm->state = NULL; return BZ_OK; }
