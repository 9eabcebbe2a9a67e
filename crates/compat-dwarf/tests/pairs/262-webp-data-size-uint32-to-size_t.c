// expect: breaking
// why: libwebp 0.2 widened the data_size parameter of WebPGetInfo and WebPDecodeRGBA from uint32_t to size_t:
// why: old callers set only %esi (the upper half of %rsi is unspecified by the x86-64 ABI), and the library
// why: now reads all 64 bits as the buffer length. A value is passed with another size under the same C symbol.
// abidiff: 4 agree
//--- v1/decode.h
#include <stdint.h>
int WebPGetInfo(const uint8_t *data, uint32_t data_size, int *width, int *height);
uint8_t *WebPDecodeRGBA(const uint8_t *data, uint32_t data_size, int *width, int *height);
//--- v2/decode.h
#include <stddef.h>
#include <stdint.h>
int WebPGetInfo(const uint8_t *data, size_t data_size, int *width, int *height);
uint8_t *WebPDecodeRGBA(const uint8_t *data, size_t data_size, int *width, int *height);
//--- v1
#include <stdlib.h>
#include "decode.h"
int WebPGetInfo(const uint8_t *data, uint32_t data_size, int *width, int *height) {
  if (!data || data_size < 30) return 0;
  if (width) *width = data[26] | (data[27] << 8);
  if (height) *height = data[28] | (data[29] << 8);
  return 1;
}
uint8_t *WebPDecodeRGBA(const uint8_t *data, uint32_t data_size, int *width, int *height) {
  int w, h;
  if (!WebPGetInfo(data, data_size, &w, &h)) return NULL;
  if (width) *width = w;
  if (height) *height = h;
  return calloc((size_t)w * h, 4);
}
//--- v2
#include <stdlib.h>
#include "decode.h"
int WebPGetInfo(const uint8_t *data, size_t data_size, int *width, int *height) {
  if (!data || data_size < 30) return 0;
  if (width) *width = data[26] | (data[27] << 8);
  if (height) *height = data[28] | (data[29] << 8);
  return 1;
}
uint8_t *WebPDecodeRGBA(const uint8_t *data, size_t data_size, int *width, int *height) {
  int w, h;
  if (!WebPGetInfo(data, data_size, &w, &h)) return NULL;
  if (width) *width = w;
  if (height) *height = h;
  return calloc((size_t)w * h, 4);
}
