// expect: breaking
// why: PIX_RGBA32 is inserted between PIX_RGB24 and PIX_YUV420P: YUV420P goes from 1 to 2 and GRAY8 from
// why: 2 to 3, so an old caller asking for YUV420P (1) in enc_params.fmt now gets RGBA32.
// abidiff: 4 agree
//--- v1/enc.h
enum pix_fmt { PIX_RGB24, PIX_YUV420P, PIX_GRAY8 };
struct enc_params { enum pix_fmt fmt; int width; int height; };
int enc_open(const struct enc_params *p);
//--- v2/enc.h
enum pix_fmt { PIX_RGB24, PIX_RGBA32, PIX_YUV420P, PIX_GRAY8 };
struct enc_params { enum pix_fmt fmt; int width; int height; };
int enc_open(const struct enc_params *p);
//--- v1
#include "enc.h"
int enc_open(const struct enc_params *p) { return p->fmt == PIX_GRAY8 ? p->width : p->height; }
//--- v2
#include "enc.h"
int enc_open(const struct enc_params *p) { return p->fmt == PIX_GRAY8 ? p->width : p->fmt == PIX_RGBA32 ? 4 : p->height; }
