// expect: info
// why: sd_id128_t is a union passed and returned by value. v2 adds a uint32_t dwords[4] view of the same 16 bytes:
// why: size, alignment (8) and the two INTEGER eightbytes it travels in are unchanged, and the existing members keep
// why: offset 0; the new view is an API addition only.
// abidiff: 0 agree
//--- v1/sd-id128.h
#include <stdint.h>
typedef union sd_id128 { uint8_t bytes[16]; uint64_t qwords[2]; } sd_id128_t;
int sd_id128_get_boot(sd_id128_t *ret);
int sd_id128_equal(sd_id128_t a, sd_id128_t b);
sd_id128_t sd_id128_make(uint64_t hi, uint64_t lo);
//--- v2/sd-id128.h
#include <stdint.h>
typedef union sd_id128 { uint8_t bytes[16]; uint32_t dwords[4]; uint64_t qwords[2]; } sd_id128_t;
int sd_id128_get_boot(sd_id128_t *ret);
int sd_id128_equal(sd_id128_t a, sd_id128_t b);
sd_id128_t sd_id128_make(uint64_t hi, uint64_t lo);
//--- v1
#include "sd-id128.h"
int sd_id128_get_boot(sd_id128_t *ret) { if (!ret) return -22; ret->qwords[0] = 0x1234; ret->qwords[1] = 0x5678; return 0; }
int sd_id128_equal(sd_id128_t a, sd_id128_t b) { return a.qwords[0] == b.qwords[0] && a.qwords[1] == b.qwords[1]; }
sd_id128_t sd_id128_make(uint64_t hi, uint64_t lo) { sd_id128_t r; r.qwords[0] = hi; r.qwords[1] = lo; return r; }
//--- v2
#include "sd-id128.h"
int sd_id128_get_boot(sd_id128_t *ret) { if (!ret) return -22; ret->qwords[0] = 0x1234; ret->qwords[1] = 0x5678; return 0; }
int sd_id128_equal(sd_id128_t a, sd_id128_t b) { return a.qwords[0] == b.qwords[0] && a.qwords[1] == b.qwords[1]; }
sd_id128_t sd_id128_make(uint64_t hi, uint64_t lo) { sd_id128_t r; r.qwords[0] = hi; r.qwords[1] = lo; return r; }
