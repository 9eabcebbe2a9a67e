// expect: info
// why: v2 adds jpeg_set_linear_quality next to jpeg_set_quality (as libjpeg did); every v1 symbol and type is
// why: unchanged, so old binaries are unaffected. An added export is a compatible API extension.
// abidiff: 4 disagree: abidiff reports one added function; adding a symbol is compatible (as in 130).
//--- v1/jpeg.h
struct jpeg_compress;
struct jpeg_compress *jpeg_create_compress(void);
void jpeg_set_quality(struct jpeg_compress *c, int quality);
//--- v2/jpeg.h
struct jpeg_compress;
struct jpeg_compress *jpeg_create_compress(void);
void jpeg_set_quality(struct jpeg_compress *c, int quality);
void jpeg_set_linear_quality(struct jpeg_compress *c, int scale_factor);
//--- v1
#include <stdlib.h>
#include "jpeg.h"
struct jpeg_compress { int scale; int smoothing; };
struct jpeg_compress *jpeg_create_compress(void) { return calloc(1, sizeof(struct jpeg_compress)); }
void jpeg_set_quality(struct jpeg_compress *c, int quality) { c->scale = quality < 50 ? 5000 / quality : 200 - quality * 2; }
//--- v2
#include <stdlib.h>
#include "jpeg.h"
struct jpeg_compress { int scale; int smoothing; };
struct jpeg_compress *jpeg_create_compress(void) { return calloc(1, sizeof(struct jpeg_compress)); }
void jpeg_set_linear_quality(struct jpeg_compress *c, int scale_factor) { c->scale = scale_factor; }
void jpeg_set_quality(struct jpeg_compress *c, int quality) { jpeg_set_linear_quality(c, quality < 50 ? 5000 / quality : 200 - quality * 2); }
