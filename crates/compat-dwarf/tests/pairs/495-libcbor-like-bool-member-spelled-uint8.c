// expect: info
// why: struct cbor_load_result is returned by value from cbor_load_header (16 bytes, INTEGER class). Its member
// why: bool ok becomes uint8_t ok: one byte at the same offset, the same classification, and the library only
// why: ever stores 0 or 1 in it, so compiled callers read what they read before; the type a source sees changed
// why: (a bool test still works, arithmetic now sees a small integer), worth a line but no break.
// abidiff: 4 disagree: abidiff reports ok's type changed from bool to uint8_t; one byte at the same offset and the same register class, and every value a bool holds reads as the same integer.
//--- v1/cbor.h
#include <stdbool.h>
#include <stddef.h>
struct cbor_load_result { size_t read; bool ok; unsigned char code; };
struct cbor_load_result cbor_load_header(const unsigned char *src, size_t len);
//--- v2/cbor.h
#include <stddef.h>
#include <stdint.h>
struct cbor_load_result { size_t read; uint8_t ok; unsigned char code; };
struct cbor_load_result cbor_load_header(const unsigned char *src, size_t len);
//--- v1
#include "cbor.h"
struct cbor_load_result cbor_load_header(const unsigned char *src, size_t len) {
  struct cbor_load_result r = { 0, false, 0 };
  if (len == 0) { r.code = 1; return r; }
  r.read = (src[0] & 0x1f) < 24 ? 1 : 1 + (1u << ((src[0] & 0x1f) - 24));
  r.ok = r.read <= len;
  return r;
}
//--- v2
#include "cbor.h"
struct cbor_load_result cbor_load_header(const unsigned char *src, size_t len) {
  struct cbor_load_result r = { 0, 0, 0 };
  if (len == 0) { r.code = 1; return r; }
  r.read = (src[0] & 0x1f) < 24 ? 1 : 1 + (1u << ((src[0] & 0x1f) - 24));
  r.ok = r.read <= len;
  return r;
}
