// expect: breaking
// why: MHD_ContentReaderCallback is written by consumers and passed to MHD_create_response_from_callback; the
// why: library calls it to fill each block. libmicrohttpd 0.9 changes it from int (*)(void *, uint64_t, char *,
// why: int max) to ssize_t (*)(void *, uint64_t, char *, size_t max): the library now reads the result from all
// why: of %rax, but an old callback returning -1 (end of stream) only sets %eax, which zero-extends to
// why: 4294967295, read as a huge byte count.
// abidiff: 4 agree
//--- v1/microhttpd.h
#include <stdint.h>
#include <stddef.h>
struct MHD_Response;
#define MHD_CONTENT_READER_END_OF_STREAM (-1)
typedef int (*MHD_ContentReaderCallback)(void *cls, uint64_t pos, char *buf, int max);
typedef void (*MHD_ContentReaderFreeCallback)(void *cls);
struct MHD_Response *MHD_create_response_from_callback(uint64_t size, size_t block_size, MHD_ContentReaderCallback crc, void *crc_cls, MHD_ContentReaderFreeCallback crfc);
int MHD_response_fill(struct MHD_Response *response, char *buf, size_t len, size_t *filled);
void MHD_destroy_response(struct MHD_Response *response);
//--- v2/microhttpd.h
#include <stdint.h>
#include <stddef.h>
#include <sys/types.h>
struct MHD_Response;
#define MHD_CONTENT_READER_END_OF_STREAM ((ssize_t)-1)
typedef ssize_t (*MHD_ContentReaderCallback)(void *cls, uint64_t pos, char *buf, size_t max);
typedef void (*MHD_ContentReaderFreeCallback)(void *cls);
struct MHD_Response *MHD_create_response_from_callback(uint64_t size, size_t block_size, MHD_ContentReaderCallback crc, void *crc_cls, MHD_ContentReaderFreeCallback crfc);
int MHD_response_fill(struct MHD_Response *response, char *buf, size_t len, size_t *filled);
void MHD_destroy_response(struct MHD_Response *response);
//--- v1
#include <stdlib.h>
#include "microhttpd.h"
struct MHD_Response { uint64_t total_size; size_t block_size; uint64_t pos; MHD_ContentReaderCallback crc; void *crc_cls; MHD_ContentReaderFreeCallback crfc; };
struct MHD_Response *MHD_create_response_from_callback(uint64_t size, size_t block_size, MHD_ContentReaderCallback crc, void *crc_cls, MHD_ContentReaderFreeCallback crfc) {
  if (!crc || !block_size) return NULL;
  struct MHD_Response *r = calloc(1, sizeof *r);
  if (r) { r->total_size = size; r->block_size = block_size; r->crc = crc; r->crc_cls = crc_cls; r->crfc = crfc; }
  return r;
}
int MHD_response_fill(struct MHD_Response *response, char *buf, size_t len, size_t *filled) {
  if (len > response->block_size) len = response->block_size;
  int n = response->crc(response->crc_cls, response->pos, buf, (int)len);
  if (n == MHD_CONTENT_READER_END_OF_STREAM) { *filled = 0; return 0; }
  if (n < 0) return -1;
  response->pos += (uint64_t)n; *filled = (size_t)n;
  return 1;
}
void MHD_destroy_response(struct MHD_Response *response) { if (response && response->crfc) response->crfc(response->crc_cls); free(response); }
//--- v2
#include <stdlib.h>
#include "microhttpd.h"
struct MHD_Response { uint64_t total_size; size_t block_size; uint64_t pos; MHD_ContentReaderCallback crc; void *crc_cls; MHD_ContentReaderFreeCallback crfc; };
struct MHD_Response *MHD_create_response_from_callback(uint64_t size, size_t block_size, MHD_ContentReaderCallback crc, void *crc_cls, MHD_ContentReaderFreeCallback crfc) {
  if (!crc || !block_size) return NULL;
  struct MHD_Response *r = calloc(1, sizeof *r);
  if (r) { r->total_size = size; r->block_size = block_size; r->crc = crc; r->crc_cls = crc_cls; r->crfc = crfc; }
  return r;
}
int MHD_response_fill(struct MHD_Response *response, char *buf, size_t len, size_t *filled) {
  if (len > response->block_size) len = response->block_size;
  ssize_t n = response->crc(response->crc_cls, response->pos, buf, len);
  if (n == MHD_CONTENT_READER_END_OF_STREAM) { *filled = 0; return 0; }
  if (n < 0) return -1;
  response->pos += (uint64_t)n; *filled = (size_t)n;
  return 1;
}
void MHD_destroy_response(struct MHD_Response *response) { if (response && response->crfc) response->crfc(response->crc_cls); free(response); }
