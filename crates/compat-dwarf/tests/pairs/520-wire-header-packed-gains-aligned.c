// expect: breaking
// why: struct rec_hdr is a packed 5-byte record header that callers lay out in arrays and hand to rec_scan
// why: (const struct rec_hdr *hdrs, size_t n). v2 adds aligned(4) to the packed struct: its members stay at bytes
// why: 0 and 1, but the size rounds up to 8, so the library walks an old caller's 5-byte records with an 8-byte
// why: stride.
// abidiff: 4 agree
//--- v1/rec.h
#include <stddef.h>
#include <stdint.h>
struct __attribute__((packed)) rec_hdr { uint8_t type; uint32_t len; };
long rec_scan(const struct rec_hdr *hdrs, size_t n);
//--- v2/rec.h
#include <stddef.h>
#include <stdint.h>
struct __attribute__((packed, aligned(4))) rec_hdr { uint8_t type; uint32_t len; };
long rec_scan(const struct rec_hdr *hdrs, size_t n);
//--- v1
#include "rec.h"
long rec_scan(const struct rec_hdr *hdrs, size_t n) { long total = 0; for (size_t i = 0; i < n; i++) if (hdrs[i].type) total += hdrs[i].len; return total; }
//--- v2
#include "rec.h"
long rec_scan(const struct rec_hdr *hdrs, size_t n) { long total = 0; for (size_t i = 0; i < n; i++) if (hdrs[i].type) total += hdrs[i].len; return total; }
