// expect: none
// why: brotli spells its buffer parameters as arrays, const uint8_t encoded_buffer[encoded_size] (the
// why: BROTLI_ARRAY_PARAM macro), where v1 wrote const uint8_t *encoded_buffer: an array parameter is adjusted to
// why: a pointer, so the function types, registers and C symbols are identical.
// abidiff: 0 agree
//--- v1/decode.h
#include <stddef.h>
#include <stdint.h>
typedef enum { BROTLI_DECODER_RESULT_ERROR = 0, BROTLI_DECODER_RESULT_SUCCESS = 1 } BrotliDecoderResult;
BrotliDecoderResult BrotliDecoderDecompress(size_t encoded_size, const uint8_t *encoded_buffer, size_t *decoded_size, uint8_t *decoded_buffer);
//--- v2/decode.h
#include <stddef.h>
#include <stdint.h>
#define BROTLI_ARRAY_PARAM(name) name
typedef enum { BROTLI_DECODER_RESULT_ERROR = 0, BROTLI_DECODER_RESULT_SUCCESS = 1 } BrotliDecoderResult;
BrotliDecoderResult BrotliDecoderDecompress(size_t encoded_size, const uint8_t encoded_buffer[BROTLI_ARRAY_PARAM(encoded_size)], size_t *decoded_size, uint8_t decoded_buffer[BROTLI_ARRAY_PARAM(*decoded_size)]);
//--- v1
#include <string.h>
#include "decode.h"
BrotliDecoderResult BrotliDecoderDecompress(size_t encoded_size, const uint8_t *encoded_buffer, size_t *decoded_size, uint8_t *decoded_buffer) {
  if (encoded_size > *decoded_size) return BROTLI_DECODER_RESULT_ERROR;
  memcpy(decoded_buffer, encoded_buffer, encoded_size);
  *decoded_size = encoded_size;
  return BROTLI_DECODER_RESULT_SUCCESS;
}
//--- v2
#include <string.h>
#include "decode.h"
BrotliDecoderResult BrotliDecoderDecompress(size_t encoded_size, const uint8_t encoded_buffer[BROTLI_ARRAY_PARAM(encoded_size)], size_t *decoded_size, uint8_t decoded_buffer[BROTLI_ARRAY_PARAM(*decoded_size)]) {
  if (encoded_size > *decoded_size) return BROTLI_DECODER_RESULT_ERROR;
  memcpy(decoded_buffer, encoded_buffer, encoded_size);
  *decoded_size = encoded_size;
  return BROTLI_DECODER_RESULT_SUCCESS;
}
