// expect: info
// why: lz4 1.9.3 replaced the size placeholder of the caller-allocatable union LZ4_stream_t, unsigned long long
// why: table[2052], by char minStateSize[16416]: the same 16416 bytes; the union keeps its size and its 8-byte
// why: alignment (the internal struct holds pointers), so stack-allocated streams are unchanged. A placeholder
// why: member retyped in place: an API detail only.
// abidiff: 4 disagree: abidiff reports LZ4_stream_t's placeholder table changed from unsigned long long[2052] to char[16416]; the union keeps its 16416 bytes and 8-byte alignment.
//--- v1/lz4.h
#define LZ4_STREAMSIZE_U64 2052
typedef struct LZ4_stream_t_internal LZ4_stream_t_internal;
struct LZ4_stream_t_internal {
  unsigned int hashTable[4096];
  unsigned int currentOffset;
  unsigned short dirty;
  unsigned short tableType;
  const unsigned char *dictionary;
  const LZ4_stream_t_internal *dictCtx;
  unsigned int dictSize;
};
typedef union LZ4_stream_u {
  unsigned long long table[LZ4_STREAMSIZE_U64];
  LZ4_stream_t_internal internal_donotuse;
} LZ4_stream_t;
LZ4_stream_t *LZ4_initStream(void *buffer, unsigned long size);
int LZ4_compress_fast_continue(LZ4_stream_t *streamPtr, const char *src, char *dst, int srcSize, int dstCapacity, int acceleration);
//--- v2/lz4.h
#define LZ4_STREAM_MINSIZE 16416
typedef struct LZ4_stream_t_internal LZ4_stream_t_internal;
struct LZ4_stream_t_internal {
  unsigned int hashTable[4096];
  unsigned int currentOffset;
  unsigned short dirty;
  unsigned short tableType;
  const unsigned char *dictionary;
  const LZ4_stream_t_internal *dictCtx;
  unsigned int dictSize;
};
typedef union LZ4_stream_u {
  char minStateSize[LZ4_STREAM_MINSIZE];
  LZ4_stream_t_internal internal_donotuse;
} LZ4_stream_t;
LZ4_stream_t *LZ4_initStream(void *buffer, unsigned long size);
int LZ4_compress_fast_continue(LZ4_stream_t *streamPtr, const char *src, char *dst, int srcSize, int dstCapacity, int acceleration);
//--- lib.c
#include <string.h>
#include "lz4.h"
LZ4_stream_t *LZ4_initStream(void *buffer, unsigned long size) {
  if (!buffer || size < sizeof(LZ4_stream_t)) return 0;
  memset(buffer, 0, sizeof(LZ4_stream_t_internal));
  return (LZ4_stream_t *)buffer;
}
int LZ4_compress_fast_continue(LZ4_stream_t *streamPtr, const char *src, char *dst, int srcSize, int dstCapacity, int acceleration) {
  LZ4_stream_t_internal *s = &streamPtr->internal_donotuse;
  if (srcSize > dstCapacity || acceleration < 0) return 0;
  memcpy(dst, src, (size_t)srcSize);
  s->currentOffset += (unsigned)srcSize;
  s->dictionary = (const unsigned char *)src;
  s->dictSize = (unsigned)srcSize;
  return srcSize;
}
