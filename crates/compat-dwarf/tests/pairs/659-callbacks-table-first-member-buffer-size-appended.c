// expect: breaking
// why: The other side of round 17's fix for 644 (a first member named for the struct's own size by the last
// why: word of its name, klassSize in xmlSecTransformKlass, is the extensible-struct convention): struct
// why: codec_ops, a table of callbacks callers fill and register, opens with bufferSize, the size of the
// why: buffers the codec wants, not of the table. v2 appends a flush callback, which the library calls: old
// why: tables are read past their end.
// abidiff: 4 agree
//--- v1/codec.h
#include <stddef.h>
struct codec_ops { size_t bufferSize; int (*open)(void *ctx); int (*decode)(void *ctx, const void *in, size_t n); void (*close)(void *ctx); };
int codec_register(const struct codec_ops *ops);
int codec_run(void);
//--- v2/codec.h
#include <stddef.h>
struct codec_ops { size_t bufferSize; int (*open)(void *ctx); int (*decode)(void *ctx, const void *in, size_t n); void (*close)(void *ctx); int (*flush)(void *ctx); };
int codec_register(const struct codec_ops *ops);
int codec_run(void);
//--- v1
#include "codec.h"
static const struct codec_ops *reg;
int codec_register(const struct codec_ops *ops) { reg = ops; return 0; }
int codec_run(void) { if (!reg || reg->open(0)) return -1; int r = reg->decode(0, "", reg->bufferSize); reg->close(0); return r; }
//--- v2
#include "codec.h"
static const struct codec_ops *reg;
int codec_register(const struct codec_ops *ops) { reg = ops; return 0; }
int codec_run(void) { if (!reg || reg->open(0)) return -1; int r = reg->decode(0, "", reg->bufferSize); if (reg->flush) r += reg->flush(0); reg->close(0); return r; }
