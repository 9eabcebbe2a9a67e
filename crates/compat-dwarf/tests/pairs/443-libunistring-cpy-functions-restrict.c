// expect: warning
// why: libunistring 1.1 declares the destination of its copying functions _UC_RESTRICT (restrict): u8_cpy,
// why: u8_strcpy, u8_strncpy, u16_cpy, u16_strcpy and u32_cpy, matching memcpy and strcpy; u8_move keeps
// why: unrestricted pointers. Symbols, registers and types are unchanged, but callers that copied between
// why: overlapping parts of one buffer with u8_cpy, which v1 did front to back and so tolerated, now break the
// why: library's no-alias assumption: the compiled v2 copies may vectorise or reorder loads and stores (as in 189).
// abidiff: 0 disagree: abidiff ignores restrict on parameters; the layout holds, but callers that pass overlapping buffers, which v1 tolerated, now violate the contract v2 is compiled under (as in 189).
//--- v1/unistr.h
#include <stddef.h>
#include <stdint.h>
uint8_t *u8_cpy(uint8_t *dest, const uint8_t *src, size_t n);
uint8_t *u8_move(uint8_t *dest, const uint8_t *src, size_t n);
uint8_t *u8_strcpy(uint8_t *dest, const uint8_t *src);
uint8_t *u8_strncpy(uint8_t *dest, const uint8_t *src, size_t n);
uint16_t *u16_cpy(uint16_t *dest, const uint16_t *src, size_t n);
uint16_t *u16_strcpy(uint16_t *dest, const uint16_t *src);
uint32_t *u32_cpy(uint32_t *dest, const uint32_t *src, size_t n);
size_t u8_strlen(const uint8_t *s);
//--- v2/unistr.h
#include <stddef.h>
#include <stdint.h>
#define _UC_RESTRICT restrict
uint8_t *u8_cpy(uint8_t *_UC_RESTRICT dest, const uint8_t *src, size_t n);
uint8_t *u8_move(uint8_t *dest, const uint8_t *src, size_t n);
uint8_t *u8_strcpy(uint8_t *_UC_RESTRICT dest, const uint8_t *src);
uint8_t *u8_strncpy(uint8_t *_UC_RESTRICT dest, const uint8_t *src, size_t n);
uint16_t *u16_cpy(uint16_t *_UC_RESTRICT dest, const uint16_t *src, size_t n);
uint16_t *u16_strcpy(uint16_t *_UC_RESTRICT dest, const uint16_t *src);
uint32_t *u32_cpy(uint32_t *_UC_RESTRICT dest, const uint32_t *src, size_t n);
size_t u8_strlen(const uint8_t *s);
//--- v1
#include <string.h>
#include "unistr.h"
uint8_t *u8_cpy(uint8_t *dest, const uint8_t *src, size_t n) { uint8_t *d = dest; for (; n > 0; n--) *d++ = *src++; return dest; }
uint8_t *u8_move(uint8_t *dest, const uint8_t *src, size_t n) { memmove(dest, src, n); return dest; }
uint8_t *u8_strcpy(uint8_t *dest, const uint8_t *src) { uint8_t *d = dest; while ((*d++ = *src++) != 0) ; return dest; }
uint8_t *u8_strncpy(uint8_t *dest, const uint8_t *src, size_t n) { uint8_t *d = dest; for (; n > 0 && (*d++ = *src++) != 0; n--) ; for (; n > 1; n--) *d++ = 0; return dest; }
uint16_t *u16_cpy(uint16_t *dest, const uint16_t *src, size_t n) { uint16_t *d = dest; for (; n > 0; n--) *d++ = *src++; return dest; }
uint16_t *u16_strcpy(uint16_t *dest, const uint16_t *src) { uint16_t *d = dest; while ((*d++ = *src++) != 0) ; return dest; }
uint32_t *u32_cpy(uint32_t *dest, const uint32_t *src, size_t n) { uint32_t *d = dest; for (; n > 0; n--) *d++ = *src++; return dest; }
size_t u8_strlen(const uint8_t *s) { return strlen((const char *)s); }
//--- v2
#include <string.h>
#include "unistr.h"
uint8_t *u8_cpy(uint8_t *_UC_RESTRICT dest, const uint8_t *src, size_t n) { uint8_t *d = dest; for (; n > 0; n--) *d++ = *src++; return dest; }
uint8_t *u8_move(uint8_t *dest, const uint8_t *src, size_t n) { memmove(dest, src, n); return dest; }
uint8_t *u8_strcpy(uint8_t *_UC_RESTRICT dest, const uint8_t *src) { uint8_t *d = dest; while ((*d++ = *src++) != 0) ; return dest; }
uint8_t *u8_strncpy(uint8_t *_UC_RESTRICT dest, const uint8_t *src, size_t n) { uint8_t *d = dest; for (; n > 0 && (*d++ = *src++) != 0; n--) ; for (; n > 1; n--) *d++ = 0; return dest; }
uint16_t *u16_cpy(uint16_t *_UC_RESTRICT dest, const uint16_t *src, size_t n) { uint16_t *d = dest; for (; n > 0; n--) *d++ = *src++; return dest; }
uint16_t *u16_strcpy(uint16_t *_UC_RESTRICT dest, const uint16_t *src) { uint16_t *d = dest; while ((*d++ = *src++) != 0) ; return dest; }
uint32_t *u32_cpy(uint32_t *_UC_RESTRICT dest, const uint32_t *src, size_t n) { uint32_t *d = dest; for (; n > 0; n--) *d++ = *src++; return dest; }
size_t u8_strlen(const uint8_t *s) { return strlen((const char *)s); }
