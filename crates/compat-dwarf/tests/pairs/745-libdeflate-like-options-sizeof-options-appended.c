// expect: info
// why: struct libdeflate_options is filled by callers and passed to libdeflate_alloc_compressor_ex; its first member
// why: size_t sizeof_options must be set to the caller's sizeof, and v2, which appends unsigned int flags, reads the
// why: new member only when sizeof_options covers it (callers built against v1 pass 24 and get the default). The
// why: extensible-struct convention: the old prefix keeps its layout and the library never reads past the caller's
// why: size.
// abidiff: 4 disagree: abidiff reports the options struct and the source-only compressor grown; the library reads flags only when the caller's sizeof_options covers it, and the compressor is defined only in lib.c.
//--- v1/libdeflate.h
#include <stddef.h>
struct libdeflate_compressor;
struct libdeflate_options { size_t sizeof_options; void *(*malloc_func)(size_t); void (*free_func)(void *); };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options);
size_t libdeflate_deflate_compress_bound(struct libdeflate_compressor *c, size_t in_nbytes);
void libdeflate_free_compressor(struct libdeflate_compressor *c);
//--- v2/libdeflate.h
#include <stddef.h>
struct libdeflate_compressor;
struct libdeflate_options { size_t sizeof_options; void *(*malloc_func)(size_t); void (*free_func)(void *); unsigned int flags; };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options);
size_t libdeflate_deflate_compress_bound(struct libdeflate_compressor *c, size_t in_nbytes);
void libdeflate_free_compressor(struct libdeflate_compressor *c);
//--- v1
#include <stdlib.h>
#include "libdeflate.h"
struct libdeflate_compressor { int level; void (*free_func)(void *); };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options) {
    void *(*m)(size_t) = malloc; void (*f)(void *) = free;
    if (options) { if (options->sizeof_options < sizeof(*options)) return 0; if (options->malloc_func) m = options->malloc_func; if (options->free_func) f = options->free_func; }
    struct libdeflate_compressor *c = m(sizeof *c); if (c) { c->level = compression_level; c->free_func = f; } return c;
}
size_t libdeflate_deflate_compress_bound(struct libdeflate_compressor *c, size_t in_nbytes) { (void)c; return in_nbytes + 5 * ((in_nbytes + 9999) / 10000) + 1; }
void libdeflate_free_compressor(struct libdeflate_compressor *c) { if (c) c->free_func(c); }
//--- v2
#include <stdlib.h>
#include <stddef.h>
#include "libdeflate.h"
struct libdeflate_compressor { int level; unsigned int flags; void (*free_func)(void *); };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options) {
    void *(*m)(size_t) = malloc; void (*f)(void *) = free; unsigned int flags = 0;
    if (options) {
        if (options->sizeof_options < offsetof(struct libdeflate_options, flags)) return 0;
        if (options->malloc_func) m = options->malloc_func; if (options->free_func) f = options->free_func;
        if (options->sizeof_options >= offsetof(struct libdeflate_options, flags) + sizeof(options->flags)) flags = options->flags;
    }
    struct libdeflate_compressor *c = m(sizeof *c); if (c) { c->level = compression_level; c->flags = flags; c->free_func = f; } return c;
}
size_t libdeflate_deflate_compress_bound(struct libdeflate_compressor *c, size_t in_nbytes) { (void)c; return in_nbytes + 5 * ((in_nbytes + 9999) / 10000) + 1; }
void libdeflate_free_compressor(struct libdeflate_compressor *c) { if (c) c->free_func(c); }
