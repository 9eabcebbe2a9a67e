// expect: info
// why: enum pix_fmt, a member of the caller-filled struct enc_params, gains PIX_NV12 after the existing
// why: enumerators: no value changes and the enum keeps its size, so old callers' values mean what they meant.
// abidiff: 0 agree
//--- v1/enc.h
enum pix_fmt { PIX_RGB24, PIX_YUV420P, PIX_GRAY8 };
struct enc_params { enum pix_fmt fmt; int width; int height; };
int enc_open(const struct enc_params *p);
//--- v2/enc.h
enum pix_fmt { PIX_RGB24, PIX_YUV420P, PIX_GRAY8, PIX_NV12 };
struct enc_params { enum pix_fmt fmt; int width; int height; };
int enc_open(const struct enc_params *p);
//--- v1
#include "enc.h"
int enc_open(const struct enc_params *p) { return p->fmt == PIX_GRAY8 ? p->width : p->height; }
//--- v2
#include "enc.h"
int enc_open(const struct enc_params *p) { return p->fmt == PIX_GRAY8 || p->fmt == PIX_NV12 ? p->width : p->height; }
