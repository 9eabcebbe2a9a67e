// expect: none
// why: ebur128_add_frames_float's frames parameter is size_t in v1 and unsigned long in v2, the type size_t
// why: names on this target: the same parameter type.
// abidiff: 0 agree
//--- v1/ebur128.h
#include <stddef.h>
typedef struct ebur128_state ebur128_state;
ebur128_state *ebur128_init(unsigned int channels, unsigned long samplerate, int mode);
int ebur128_add_frames_float(ebur128_state *st, const float *src, size_t frames);
//--- v2/ebur128.h
typedef struct ebur128_state ebur128_state;
ebur128_state *ebur128_init(unsigned int channels, unsigned long samplerate, int mode);
int ebur128_add_frames_float(ebur128_state *st, const float *src, unsigned long frames);
//--- v1
#include <stdlib.h>
#include "ebur128.h"
struct ebur128_state { unsigned channels; unsigned long rate; double sum; };
ebur128_state *ebur128_init(unsigned int channels, unsigned long samplerate, int mode) { (void)mode; ebur128_state *s = calloc(1, sizeof *s); if (s) { s->channels = channels; s->rate = samplerate; } return s; }
int ebur128_add_frames_float(ebur128_state *st, const float *src, size_t frames) { for (size_t i = 0; i < frames * st->channels; i++) st->sum += (double)src[i] * src[i]; return 0; }
//--- v2
#include <stdlib.h>
#include "ebur128.h"
struct ebur128_state { unsigned channels; unsigned long rate; double sum; };
ebur128_state *ebur128_init(unsigned int channels, unsigned long samplerate, int mode) { (void)mode; ebur128_state *s = calloc(1, sizeof *s); if (s) { s->channels = channels; s->rate = samplerate; } return s; }
int ebur128_add_frames_float(ebur128_state *st, const float *src, unsigned long frames) { for (unsigned long i = 0; i < frames * st->channels; i++) st->sum += (double)src[i] * src[i]; return 0; }
