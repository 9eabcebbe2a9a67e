// expect: breaking
// why: the shape of 745, but the first member of the caller-filled struct libdeflate_options is size_t sizeof_window,
// why: the size of the sliding window the caller asks for, not the size of the caller's copy of the struct: nothing
// why: tells the library how much of the struct an old caller has. v2 appends unsigned int flags (24 to 32 bytes)
// why: and reads it from every caller's struct, past the end of old callers' 24 bytes. The other side of 745.
// abidiff: 4 agree
//--- v1/libdeflate.h
#include <stddef.h>
struct libdeflate_compressor;
struct libdeflate_options { size_t sizeof_window; void *(*malloc_func)(size_t); void (*free_func)(void *); };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options);
void libdeflate_free_compressor(struct libdeflate_compressor *c);
//--- v2/libdeflate.h
#include <stddef.h>
struct libdeflate_compressor;
struct libdeflate_options { size_t sizeof_window; void *(*malloc_func)(size_t); void (*free_func)(void *); unsigned int flags; };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options);
void libdeflate_free_compressor(struct libdeflate_compressor *c);
//--- v1
#include <stdlib.h>
#include "libdeflate.h"
struct libdeflate_compressor { int level; size_t window; void (*free_func)(void *); };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options) {
    void *(*m)(size_t) = malloc; void (*f)(void *) = free; size_t w = 32768;
    if (options) { if (options->sizeof_window) w = options->sizeof_window; if (options->malloc_func) m = options->malloc_func; if (options->free_func) f = options->free_func; }
    struct libdeflate_compressor *c = m(sizeof *c); if (c) { c->level = compression_level; c->window = w; c->free_func = f; } return c;
}
void libdeflate_free_compressor(struct libdeflate_compressor *c) { if (c) c->free_func(c); }
//--- v2
#include <stdlib.h>
#include "libdeflate.h"
struct libdeflate_compressor { int level; unsigned int flags; size_t window; void (*free_func)(void *); };
struct libdeflate_compressor *libdeflate_alloc_compressor_ex(int compression_level, const struct libdeflate_options *options) {
    void *(*m)(size_t) = malloc; void (*f)(void *) = free; size_t w = 32768; unsigned int flags = 0;
    if (options) { if (options->sizeof_window) w = options->sizeof_window; if (options->malloc_func) m = options->malloc_func; if (options->free_func) f = options->free_func; flags = options->flags; }
    struct libdeflate_compressor *c = m(sizeof *c); if (c) { c->level = compression_level; c->flags = flags; c->window = w; c->free_func = f; } return c;
}
void libdeflate_free_compressor(struct libdeflate_compressor *c) { if (c) c->free_func(c); }
