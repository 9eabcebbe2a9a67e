// expect: info
// why: In the caller-filled struct codec_params the deprecated member frame_number is renamed
// why: deprecated_frame_number in place: same type, offset and size, so binaries are unaffected, but
// why: source that names the member no longer compiles, which a reader of the API change should see.
// abidiff: 0 agree
//--- v1/codec.h
struct codec_params { int width; int height; int frame_number; int bit_rate; };
int codec_open(const struct codec_params *p);
//--- v2/codec.h
struct codec_params { int width; int height; int deprecated_frame_number; int bit_rate; };
int codec_open(const struct codec_params *p);
//--- lib.c
#include "codec.h"
int codec_open(const struct codec_params *p) { return p->width * p->height > 0 ? p->bit_rate : -1; }
