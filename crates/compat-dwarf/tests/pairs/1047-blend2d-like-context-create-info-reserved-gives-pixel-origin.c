// expect: info
// why: BLContextCreateInfo is filled by the caller (zero-initialized, then threadCount and the like set) and handed to
// why: blContextInitAs; its tail, uint32_t reserved[3], must be zero. v2 takes the first two reserved words for
// why: BLPointI pixelOrigin, a pair of ints, and keeps reserved[1]: the struct keeps its 32 bytes and every used
// why: offset, and an old caller's zeroed reserved words read as the origin (0, 0), the old behaviour. This is what the
// why: reserved space was for.
// abidiff: 4 disagree: the new member takes reserved words in place; size and the used offsets hold
//--- v1/blend2d.h
#include <stdint.h>
typedef uint32_t BLResult;
typedef struct BLImageCore { void *impl; } BLImageCore;
typedef struct BLContextCore { void *impl; } BLContextCore;
typedef struct BLContextCreateInfo {
    uint32_t flags;
    uint32_t threadCount;
    uint32_t cpuFeatures;
    uint32_t commandQueueLimit;
    uint32_t savedStateLimit;
    uint32_t reserved[3];
} BLContextCreateInfo;
BLResult blImageCreate(BLImageCore *self, int w, int h, uint32_t format);
BLResult blContextInitAs(BLContextCore *self, BLImageCore *image, const BLContextCreateInfo *cci);
BLResult blContextFillAll(BLContextCore *self, uint32_t rgba32);
BLResult blContextDestroy(BLContextCore *self);
//--- v2/blend2d.h
#include <stdint.h>
typedef uint32_t BLResult;
typedef struct BLPointI { int x, y; } BLPointI;
typedef struct BLImageCore { void *impl; } BLImageCore;
typedef struct BLContextCore { void *impl; } BLContextCore;
typedef struct BLContextCreateInfo {
    uint32_t flags;
    uint32_t threadCount;
    uint32_t cpuFeatures;
    uint32_t commandQueueLimit;
    uint32_t savedStateLimit;
    BLPointI pixelOrigin;
    uint32_t reserved[1];
} BLContextCreateInfo;
BLResult blImageCreate(BLImageCore *self, int w, int h, uint32_t format);
BLResult blContextInitAs(BLContextCore *self, BLImageCore *image, const BLContextCreateInfo *cci);
BLResult blContextFillAll(BLContextCore *self, uint32_t rgba32);
BLResult blContextDestroy(BLContextCore *self);
//--- v1
#include <stdlib.h>
#include "blend2d.h"
struct image_impl { int w, h; uint32_t format; uint32_t *pixels; };
struct context_impl { struct image_impl *target; uint32_t threads; int origin_x, origin_y; };
BLResult blImageCreate(BLImageCore *self, int w, int h, uint32_t format) {
    struct image_impl *i = calloc(1, sizeof *i);
    if (!i) return 1;
    i->w = w; i->h = h; i->format = format; i->pixels = calloc((size_t)w * h, 4);
    self->impl = i;
    return 0;
}
BLResult blContextInitAs(BLContextCore *self, BLImageCore *image, const BLContextCreateInfo *cci) {
    struct context_impl *c = calloc(1, sizeof *c);
    if (!c) return 1;
    c->target = image->impl;
    if (cci) {
        if (cci->reserved[0] | cci->reserved[1] | cci->reserved[2]) { free(c); return 2; }
        c->threads = cci->threadCount;
    }
    self->impl = c;
    return 0;
}
BLResult blContextFillAll(BLContextCore *self, uint32_t rgba32) {
    struct context_impl *c = self->impl;
    for (int y = c->origin_y; y < c->target->h; y++) for (int x = c->origin_x; x < c->target->w; x++) c->target->pixels[y * c->target->w + x] = rgba32;
    return 0;
}
BLResult blContextDestroy(BLContextCore *self) { free(self->impl); self->impl = NULL; return 0; }
//--- v2
#include <stdlib.h>
#include "blend2d.h"
struct image_impl { int w, h; uint32_t format; uint32_t *pixels; };
struct context_impl { struct image_impl *target; uint32_t threads; int origin_x, origin_y; };
BLResult blImageCreate(BLImageCore *self, int w, int h, uint32_t format) {
    struct image_impl *i = calloc(1, sizeof *i);
    if (!i) return 1;
    i->w = w; i->h = h; i->format = format; i->pixels = calloc((size_t)w * h, 4);
    self->impl = i;
    return 0;
}
BLResult blContextInitAs(BLContextCore *self, BLImageCore *image, const BLContextCreateInfo *cci) {
    struct context_impl *c = calloc(1, sizeof *c);
    if (!c) return 1;
    c->target = image->impl;
    if (cci) {
        if (cci->reserved[0]) { free(c); return 2; }
        c->threads = cci->threadCount;
        c->origin_x = cci->pixelOrigin.x; c->origin_y = cci->pixelOrigin.y;
    }
    self->impl = c;
    return 0;
}
BLResult blContextFillAll(BLContextCore *self, uint32_t rgba32) {
    struct context_impl *c = self->impl;
    for (int y = c->origin_y; y < c->target->h; y++) for (int x = c->origin_x; x < c->target->w; x++) c->target->pixels[y * c->target->w + x] = rgba32;
    return 0;
}
BLResult blContextDestroy(BLContextCore *self) { free(self->impl); self->impl = NULL; return 0; }
