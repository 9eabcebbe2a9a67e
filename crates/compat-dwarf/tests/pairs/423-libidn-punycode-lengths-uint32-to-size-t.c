// expect: breaking
// why: libidn's punycode_encode and punycode_decode take the input length by value and the output length as an
// why: in/out pointer: the caller stores its buffer's capacity there and the library writes back what it produced.
// why: libidn changes both from punycode_uint (uint32_t) to size_t. Old callers pass a 4-byte variable's address:
// why: v2 reads 8 bytes as the capacity (the high half is whatever follows on the caller's stack, so the bound check
// why: no longer protects the output buffer) and writes 8 bytes back, past the variable; the by-value input_length
// why: is read from all of %rdi where old callers set only %edi.
// abidiff: 4 agree
//--- v1/punycode.h
#include <stdint.h>
typedef uint32_t punycode_uint;
typedef enum { punycode_success = 0, punycode_bad_input = 1, punycode_big_output = 2, punycode_overflow = 3 } Punycode_status;
int punycode_encode(punycode_uint input_length, const punycode_uint input[], const unsigned char case_flags[], punycode_uint *output_length, char output[]);
int punycode_decode(punycode_uint input_length, const char input[], punycode_uint *output_length, punycode_uint output[], unsigned char case_flags[]);
const char *punycode_strerror(Punycode_status rc);
//--- v2/punycode.h
#include <stddef.h>
#include <stdint.h>
typedef uint32_t punycode_uint;
typedef enum { punycode_success = 0, punycode_bad_input = 1, punycode_big_output = 2, punycode_overflow = 3 } Punycode_status;
int punycode_encode(size_t input_length, const punycode_uint input[], const unsigned char case_flags[], size_t *output_length, char output[]);
int punycode_decode(size_t input_length, const char input[], size_t *output_length, punycode_uint output[], unsigned char case_flags[]);
const char *punycode_strerror(Punycode_status rc);
//--- v1
#include "punycode.h"
int punycode_encode(punycode_uint input_length, const punycode_uint input[], const unsigned char case_flags[], punycode_uint *output_length, char output[]) {
  punycode_uint out = 0, max_out = *output_length;
  for (punycode_uint j = 0; j < input_length; j++) {
    if (input[j] >= 0x80) continue;
    if (max_out - out < 2) return punycode_big_output;
    output[out++] = case_flags && case_flags[j] && input[j] >= 'a' && input[j] <= 'z' ? (char)(input[j] - 32) : (char)input[j];
  }
  if (out > 0 && out < input_length) output[out++] = '-';
  *output_length = out;
  return punycode_success;
}
int punycode_decode(punycode_uint input_length, const char input[], punycode_uint *output_length, punycode_uint output[], unsigned char case_flags[]) {
  punycode_uint out = 0, max_out = *output_length, b = 0;
  for (punycode_uint j = 0; j < input_length; j++) if (input[j] == '-') b = j;
  for (punycode_uint j = 0; j < b; j++) {
    if (out >= max_out) return punycode_big_output;
    if (case_flags) case_flags[out] = input[j] >= 'A' && input[j] <= 'Z';
    output[out++] = (unsigned char)input[j];
  }
  *output_length = out;
  return punycode_success;
}
const char *punycode_strerror(Punycode_status rc) {
  switch (rc) {
  case punycode_success: return "Success";
  case punycode_bad_input: return "Invalid input";
  case punycode_big_output: return "Output would exceed the buffer space provided";
  case punycode_overflow: return "String size limit exceeded";
  }
  return "Unknown error";
}
//--- v2
#include "punycode.h"
int punycode_encode(size_t input_length, const punycode_uint input[], const unsigned char case_flags[], size_t *output_length, char output[]) {
  size_t out = 0, max_out = *output_length;
  for (size_t j = 0; j < input_length; j++) {
    if (input[j] >= 0x80) continue;
    if (max_out - out < 2) return punycode_big_output;
    output[out++] = case_flags && case_flags[j] && input[j] >= 'a' && input[j] <= 'z' ? (char)(input[j] - 32) : (char)input[j];
  }
  if (out > 0 && out < input_length) output[out++] = '-';
  *output_length = out;
  return punycode_success;
}
int punycode_decode(size_t input_length, const char input[], size_t *output_length, punycode_uint output[], unsigned char case_flags[]) {
  size_t out = 0, max_out = *output_length, b = 0;
  for (size_t j = 0; j < input_length; j++) if (input[j] == '-') b = j;
  for (size_t j = 0; j < b; j++) {
    if (out >= max_out) return punycode_big_output;
    if (case_flags) case_flags[out] = input[j] >= 'A' && input[j] <= 'Z';
    output[out++] = (unsigned char)input[j];
  }
  *output_length = out;
  return punycode_success;
}
const char *punycode_strerror(Punycode_status rc) {
  switch (rc) {
  case punycode_success: return "Success";
  case punycode_bad_input: return "Invalid input";
  case punycode_big_output: return "Output would exceed the buffer space provided";
  case punycode_overflow: return "String size limit exceeded";
  }
  return "Unknown error";
}
