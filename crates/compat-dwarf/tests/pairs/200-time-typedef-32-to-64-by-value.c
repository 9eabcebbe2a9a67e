// expect: breaking
// why: The y2038 fix: ts_sec_t is retargeted from int32_t to int64_t, so struct timestamp, returned by value from
// why: clock_now and passed by value to clock_diff_ms, grows from 8 to 16 bytes: nsec moves from byte 4 to 8
// why: and the struct travels in two registers instead of one.
// abidiff: 4 agree
//--- v1/clk.h
#include <stdint.h>
typedef int32_t ts_sec_t;
struct timestamp { ts_sec_t sec; int32_t nsec; };
struct timestamp clock_now(void);
long clock_diff_ms(struct timestamp a, struct timestamp b);
//--- v2/clk.h
#include <stdint.h>
typedef int64_t ts_sec_t;
struct timestamp { ts_sec_t sec; int32_t nsec; };
struct timestamp clock_now(void);
long clock_diff_ms(struct timestamp a, struct timestamp b);
//--- lib.c
#include "clk.h"
static ts_sec_t t;
struct timestamp clock_now(void) { struct timestamp r = { ++t, 500 }; return r; }
long clock_diff_ms(struct timestamp a, struct timestamp b)
{ return (long)(a.sec - b.sec) * 1000 + (a.nsec - b.nsec) / 1000000; }
