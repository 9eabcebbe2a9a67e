// expect: none
// why: Only the parameter names of zs_deflate and zs_reset change (strm to s, flush to mode): names are
// why: not part of the ABI, and every type, symbol and the caller-allocated struct zs are unchanged.
// abidiff: 0 agree
//--- zs.h
struct zs { const unsigned char *next_in; unsigned int avail_in; unsigned char *next_out; unsigned int avail_out; };
int zs_deflate(struct zs *strm, int flush);
void zs_reset(struct zs *strm);
//--- v1
#include "zs.h"
int zs_deflate(struct zs *strm, int flush) { unsigned int n = strm->avail_in; strm->avail_in = 0; strm->next_in += n; return flush ? 1 : 0; }
void zs_reset(struct zs *strm) { strm->avail_in = strm->avail_out = 0; }
//--- v2
#include "zs.h"
int zs_deflate(struct zs *s, int mode) { unsigned int n = s->avail_in; s->avail_in = 0; s->next_in += n; return mode ? 1 : 0; }
void zs_reset(struct zs *s) { s->avail_in = s->avail_out = 0; }
