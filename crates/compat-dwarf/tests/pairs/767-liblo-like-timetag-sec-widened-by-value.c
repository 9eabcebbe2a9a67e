// expect: breaking
// why: lo_timetag is passed and returned by value (lo_bundle_new, lo_timetag_diff, lo_timetag_add_seconds). v2
// why: widens sec from uint32_t to uint64_t for dates past 2036: the struct goes from 8 bytes in one INTEGER register
// why: to 16 bytes in two, frac moves from offset 4 to 8, and every function taking or returning it now passes
// why: different registers than v1-built callers use.
// abidiff: 4 agree
//--- v1/lo_osc_types.h
#include <stdint.h>
typedef struct { uint32_t sec; uint32_t frac; } lo_timetag;
typedef struct lo_bundle_ *lo_bundle;
lo_bundle lo_bundle_new(lo_timetag tt);
lo_timetag lo_bundle_get_timestamp(lo_bundle b);
double lo_timetag_diff(lo_timetag a, lo_timetag b);
lo_timetag lo_timetag_add_seconds(lo_timetag t, double seconds);
void lo_bundle_free(lo_bundle b);
//--- v2/lo_osc_types.h
#include <stdint.h>
typedef struct { uint64_t sec; uint32_t frac; } lo_timetag;
typedef struct lo_bundle_ *lo_bundle;
lo_bundle lo_bundle_new(lo_timetag tt);
lo_timetag lo_bundle_get_timestamp(lo_bundle b);
double lo_timetag_diff(lo_timetag a, lo_timetag b);
lo_timetag lo_timetag_add_seconds(lo_timetag t, double seconds);
void lo_bundle_free(lo_bundle b);
//--- v1
#include <stdlib.h>
#include "lo_osc_types.h"
struct lo_bundle_ { lo_timetag ts; int len; };
lo_bundle lo_bundle_new(lo_timetag tt) { lo_bundle b = calloc(1, sizeof *b); if (b) b->ts = tt; return b; }
lo_timetag lo_bundle_get_timestamp(lo_bundle b) { return b->ts; }
double lo_timetag_diff(lo_timetag a, lo_timetag b) { return (double)a.sec - (double)b.sec + ((double)a.frac - (double)b.frac) * 0.00000000023283064365; }
lo_timetag lo_timetag_add_seconds(lo_timetag t, double seconds) { double f = t.frac / 4294967296.0 + seconds; uint32_t whole = (uint32_t)f; t.sec += whole; t.frac = (uint32_t)((f - whole) * 4294967296.0); return t; }
void lo_bundle_free(lo_bundle b) { free(b); }
//--- v2
#include <stdlib.h>
#include "lo_osc_types.h"
struct lo_bundle_ { lo_timetag ts; int len; };
lo_bundle lo_bundle_new(lo_timetag tt) { lo_bundle b = calloc(1, sizeof *b); if (b) b->ts = tt; return b; }
lo_timetag lo_bundle_get_timestamp(lo_bundle b) { return b->ts; }
double lo_timetag_diff(lo_timetag a, lo_timetag b) { return (double)a.sec - (double)b.sec + ((double)a.frac - (double)b.frac) * 0.00000000023283064365; }
lo_timetag lo_timetag_add_seconds(lo_timetag t, double seconds) { double f = t.frac / 4294967296.0 + seconds; uint32_t whole = (uint32_t)f; t.sec += whole; t.frac = (uint32_t)((f - whole) * 4294967296.0); return t; }
void lo_bundle_free(lo_bundle b) { free(b); }
