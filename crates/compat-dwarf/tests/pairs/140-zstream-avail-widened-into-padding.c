// expect: breaking
// why: struct zs (z_stream-like) is caller-allocated: zs_init and zs_step take a pointer and nothing hands one out.
// why: avail_in widens from unsigned int to unsigned long into the 4 padding bytes that followed it: no offset
// why: or size moves, but the library now reads 8 bytes where old callers stored 4 (the rest is stack garbage).
// abidiff: 4 agree
//--- v1/zs.h
struct zs { const unsigned char *next_in; unsigned int avail_in; unsigned long total_in;
            unsigned char *next_out; unsigned int avail_out; unsigned long total_out; void *opaque; };
int zs_init(struct zs *s);
int zs_step(struct zs *s, int flush);
//--- v2/zs.h
struct zs { const unsigned char *next_in; unsigned long avail_in; unsigned long total_in;
            unsigned char *next_out; unsigned int avail_out; unsigned long total_out; void *opaque; };
int zs_init(struct zs *s);
int zs_step(struct zs *s, int flush);
//--- lib.c
#include "zs.h"
int zs_init(struct zs *s) { s->total_in = s->total_out = 0; s->opaque = 0; return 0; }
int zs_step(struct zs *s, int flush)
{
    unsigned long n = s->avail_in < s->avail_out ? s->avail_in : s->avail_out;
    for (unsigned long i = 0; i < n; i++) s->next_out[i] = s->next_in[i];
    s->next_in += n; s->avail_in -= n; s->total_in += n;
    s->next_out += n; s->avail_out -= n; s->total_out += n;
    return flush && s->avail_in == 0;
}
