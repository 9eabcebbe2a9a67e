// expect: info
// why: enum pix_fmt gains PIX_FMT_RGB as a second name for the existing value 1 (PIX_FMT_RGB24), the way
// why: renamed enumerators keep their old spelling: every value keeps its meaning and the enum its size,
// why: so binaries are unaffected; a reader should see the new name.
// abidiff: 0 agree
//--- v1/pix.h
enum pix_fmt { PIX_FMT_YUV420P, PIX_FMT_RGB24, PIX_FMT_GRAY8 };
int pix_planes(enum pix_fmt f);
//--- v2/pix.h
enum pix_fmt { PIX_FMT_YUV420P, PIX_FMT_RGB24, PIX_FMT_GRAY8, PIX_FMT_RGB = PIX_FMT_RGB24 };
int pix_planes(enum pix_fmt f);
//--- lib.c
#include "pix.h"
int pix_planes(enum pix_fmt f) { return f == PIX_FMT_YUV420P ? 3 : 1; }
