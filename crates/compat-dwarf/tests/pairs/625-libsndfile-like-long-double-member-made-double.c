// expect: breaking
// why: SF_GAIN is caller-allocated (callers fill it and pass it to sf_apply_gain). v2 declares its gain member
// why: double instead of long double: 8 bytes instead of 16, so the struct shrinks from 32 to 16 bytes and the
// why: library reads an old caller's 80-bit value as a double.
// abidiff: 4 agree
//--- v1/sndfile.h
typedef struct { long double gain; int channel; } SF_GAIN;
double sf_apply_gain(const SF_GAIN *g, double sample);
//--- v2/sndfile.h
typedef struct { double gain; int channel; } SF_GAIN;
double sf_apply_gain(const SF_GAIN *g, double sample);
//--- v1
#include "sndfile.h"
double sf_apply_gain(const SF_GAIN *g, double sample) { return (double)(g->gain * sample) + g->channel * 0.0; }
//--- v2
#include "sndfile.h"
double sf_apply_gain(const SF_GAIN *g, double sample) { return g->gain * sample + g->channel * 0.0; }
