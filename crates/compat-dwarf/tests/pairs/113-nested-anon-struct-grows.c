// expect: breaking
// why: The caller-filled struct img_desc embeds an anonymous struct size; v2 adds stride to it, so size
// why: grows from 8 to 12 bytes and depth moves from byte 12 to byte 16: the library reads old callers' depth
// why: at the wrong offset.
// abidiff: 4 agree
//--- v1/img.h
struct img_desc { int format; struct { int w, h; } size; int depth; };
int img_alloc(const struct img_desc *d);
//--- v2/img.h
struct img_desc { int format; struct { int w, h, stride; } size; int depth; };
int img_alloc(const struct img_desc *d);
//--- v1
#include "img.h"
int img_alloc(const struct img_desc *d) { return d->size.w * d->size.h * d->depth + d->format; }
//--- v2
#include "img.h"
int img_alloc(const struct img_desc *d) { return (d->size.stride ? d->size.stride : d->size.w) * d->size.h * d->depth + d->format; }
