// expect: info
// why: dsp_gain returns and takes a float _Complex in v1 and a struct cpx {float re, im;} in v2. Both are 8
// why: bytes of two floats, classified SSE and passed and returned packed in xmm0, with re at byte 0 and im at
// why: byte 4; the C symbol is unchanged. Binaries are unaffected; sources must now use .re and .im instead of
// why: crealf and cimagf: a type of the same layout and class under another name (as in 24).
// abidiff: 4 disagree: abidiff reports complex float replaced by struct cpx in the parameter and the result; both are two floats packed in xmm0, re first, so the registers and bytes are the same.
//--- v1/dsp.h
#include <complex.h>
float _Complex dsp_gain(float _Complex x, float g);
//--- v2/dsp.h
struct cpx { float re, im; };
struct cpx dsp_gain(struct cpx x, float g);
//--- v1
#include "dsp.h"
float _Complex dsp_gain(float _Complex x, float g) { return x * g; }
//--- v2
#include "dsp.h"
struct cpx dsp_gain(struct cpx x, float g) { struct cpx r = { x.re * g, x.im * g }; return r; }
