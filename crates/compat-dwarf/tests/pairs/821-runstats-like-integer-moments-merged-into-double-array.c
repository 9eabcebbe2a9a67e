// expect: breaking
// why: the other side of 746: struct rs_stats is caller-allocated (passed to rs_init and rs_push, never handed out) and
// why: its header macro rs_count reads members directly. v2 merges the four long long moment sums m1, m2, m3, m4 into
// why: double m[4]: the same 32 bytes at the same offsets and the same size, but the elements are doubles, so old
// why: binaries that read m1 (or an old state kept across the upgrade) read the bits of a double as an integer.
// abidiff: 4 agree
//--- v1/runstats.h
struct rs_stats { long long n; long long m1; long long m2; long long m3; long long m4; };
#define rs_count(s) ((s)->n)
#define rs_sum(s) ((s)->m1)
void rs_init(struct rs_stats *s);
void rs_push(struct rs_stats *s, long long x);
double rs_mean(const struct rs_stats *s);
//--- v2/runstats.h
struct rs_stats { long long n; double m[4]; };
#define rs_count(s) ((s)->n)
#define rs_sum(s) ((s)->m[0])
void rs_init(struct rs_stats *s);
void rs_push(struct rs_stats *s, long long x);
double rs_mean(const struct rs_stats *s);
//--- v1
#include "runstats.h"
void rs_init(struct rs_stats *s) { s->n = 0; s->m1 = s->m2 = s->m3 = s->m4 = 0; }
void rs_push(struct rs_stats *s, long long x) { s->n++; s->m1 += x; s->m2 += x * x; s->m3 += x * x * x; s->m4 += x * x * x * x; }
double rs_mean(const struct rs_stats *s) { return s->n ? (double)s->m1 / (double)s->n : 0.0; }
//--- v2
#include "runstats.h"
void rs_init(struct rs_stats *s) { s->n = 0; s->m[0] = s->m[1] = s->m[2] = s->m[3] = 0; }
void rs_push(struct rs_stats *s, long long x) { double d = (double)x; s->n++; s->m[0] += d; s->m[1] += d * d; s->m[2] += d * d * d; s->m[3] += d * d * d * d; }
double rs_mean(const struct rs_stats *s) { return s->n ? s->m[0] / (double)s->n : 0.0; }
