// expect: breaking
// why: libmad's callers allocate struct mad_synth themselves (on the stack or statically) and call mad_synth_init
// why: and mad_synth_frame on it, then read synth.pcm.samples. v2 builds with 64-bit fixed point (typedef signed
// why: long mad_fixed_t instead of signed int): the filter bank and the PCM samples double in size, so pcm moves
// why: from byte 4100 to byte 8200 and the struct from 13324 to 26640 bytes; the library writes past old callers'
// why: objects and they read the samples at the old offsets.
// abidiff: 4 agree
//--- v1/mad.h
typedef signed int mad_fixed_t;
struct mad_pcm {
    unsigned int samplerate;
    unsigned short channels;
    unsigned short length;
    mad_fixed_t samples[2][1152];
};
struct mad_synth {
    mad_fixed_t filter[2][2][2][16][8];
    unsigned int phase;
    struct mad_pcm pcm;
};
void mad_synth_init(struct mad_synth *synth);
void mad_synth_frame(struct mad_synth *synth, unsigned int nch, unsigned int ns, const mad_fixed_t *sbsample);
void mad_synth_mute(struct mad_synth *synth);
//--- v2/mad.h
typedef signed long mad_fixed_t;
struct mad_pcm {
    unsigned int samplerate;
    unsigned short channels;
    unsigned short length;
    mad_fixed_t samples[2][1152];
};
struct mad_synth {
    mad_fixed_t filter[2][2][2][16][8];
    unsigned int phase;
    struct mad_pcm pcm;
};
void mad_synth_init(struct mad_synth *synth);
void mad_synth_frame(struct mad_synth *synth, unsigned int nch, unsigned int ns, const mad_fixed_t *sbsample);
void mad_synth_mute(struct mad_synth *synth);
//--- lib.c
#include <string.h>
#include "mad.h"
void mad_synth_mute(struct mad_synth *synth) { memset(synth->filter, 0, sizeof synth->filter); }
void mad_synth_init(struct mad_synth *synth) { mad_synth_mute(synth); synth->phase = 0; synth->pcm.samplerate = 0; synth->pcm.channels = 0; synth->pcm.length = 0; }
void mad_synth_frame(struct mad_synth *synth, unsigned int nch, unsigned int ns, const mad_fixed_t *sbsample) {
    unsigned int ch, s;
    if (nch > 2) nch = 2;
    if (ns > 36) ns = 36;
    synth->pcm.samplerate = 44100;
    synth->pcm.channels = (unsigned short)nch;
    synth->pcm.length = (unsigned short)(32 * ns);
    for (ch = 0; ch < nch; ++ch)
        for (s = 0; s < 32 * ns; ++s) {
            mad_fixed_t v = sbsample[ch * 32 * 36 + s];
            synth->filter[ch][0][synth->phase & 1][s % 16][s % 8] = v;
            synth->pcm.samples[ch][s] = v >> 1;
        }
    synth->phase = (synth->phase + 1) % 16;
}
