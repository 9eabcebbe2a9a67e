// expect: breaking
// why: gain in the caller-filled struct mix_channel changes from float to int32_t (Q16.16 fixed point): the
// why: same 4 bytes at the same offset, but old callers store IEEE floats the library now reads as integers.
// abidiff: 4 agree
//--- v1/mix.h
struct mix_channel { int id; float gain; };
int mix_set(const struct mix_channel *ch);
//--- v2/mix.h
#include <stdint.h>
struct mix_channel { int id; int32_t gain; };
int mix_set(const struct mix_channel *ch);
//--- v1
#include "mix.h"
int mix_set(const struct mix_channel *ch) { return ch->id + (int)(ch->gain * 100.0f); }
//--- v2
#include "mix.h"
int mix_set(const struct mix_channel *ch) { return ch->id + (int)(((long long)ch->gain * 100) >> 16); }
