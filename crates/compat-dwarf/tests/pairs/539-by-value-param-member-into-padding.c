// expect: breaking
// why: The other side of 538: struct enc_params is passed by value to enc_run (16 bytes: int quality, 4 bytes of
// why: padding, double bitrate; rdi and xmm0). v2 puts int threads into the padding at byte 4 and the library reads
// why: it; old callers never wrote those bytes (they are the upper half of rdi, undefined), so the library reads
// why: an arbitrary thread count from every old call.
// abidiff: 4 agree
//--- v1/enc.h
struct enc_params { int quality; double bitrate; };
int enc_run(struct enc_params p, const short *pcm, int frames);
//--- v2/enc.h
struct enc_params { int quality; int threads; double bitrate; };
int enc_run(struct enc_params p, const short *pcm, int frames);
//--- v1
#include "enc.h"
int enc_run(struct enc_params p, const short *pcm, int frames) { return pcm && p.quality >= 0 && p.bitrate > 0 ? frames : -1; }
//--- v2
#include "enc.h"
int enc_run(struct enc_params p, const short *pcm, int frames) { if (p.threads < 0 || p.threads > 64) return -2; return pcm && p.quality >= 0 && p.bitrate > 0 ? frames : -1; }
