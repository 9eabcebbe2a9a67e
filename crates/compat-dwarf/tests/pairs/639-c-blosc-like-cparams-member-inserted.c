// expect: breaking
// why: blosc2_cparams is caller-allocated: callers copy BLOSC2_CPARAMS_DEFAULTS into their own object, adjust it
// why: and pass it to blosc2_create_cctx, and no export hands one out. v2 inserts int32_t splitmode after
// why: typesize: nthreads and blocksize move by 4 bytes (the struct keeps its 32 bytes, the insertion taking the
// why: padding before schunk), so the library reads an old caller's nthreads as splitmode and its blocksize as
// why: nthreads.
// abidiff: 4 agree
//--- v1/blosc2.h
#include <stdint.h>
typedef struct { uint8_t compcode; uint8_t clevel; int use_dict; int32_t typesize; int16_t nthreads; int32_t blocksize; void *schunk; } blosc2_cparams;
typedef struct blosc2_context_s blosc2_context;
blosc2_context *blosc2_create_cctx(const blosc2_cparams *cparams);
//--- v2/blosc2.h
#include <stdint.h>
typedef struct { uint8_t compcode; uint8_t clevel; int use_dict; int32_t typesize; int32_t splitmode; int16_t nthreads; int32_t blocksize; void *schunk; } blosc2_cparams;
typedef struct blosc2_context_s blosc2_context;
blosc2_context *blosc2_create_cctx(const blosc2_cparams *cparams);
//--- v1
#include <stdlib.h>
#include "blosc2.h"
struct blosc2_context_s { int nthreads; int typesize; };
blosc2_context *blosc2_create_cctx(const blosc2_cparams *cparams) { blosc2_context *c = malloc(sizeof *c); if (!c) return 0; c->nthreads = cparams->nthreads; c->typesize = cparams->typesize; return c; }
//--- v2
#include <stdlib.h>
#include "blosc2.h"
struct blosc2_context_s { int nthreads; int typesize; };
blosc2_context *blosc2_create_cctx(const blosc2_cparams *cparams) { blosc2_context *c = malloc(sizeof *c); if (!c) return 0; c->nthreads = cparams->nthreads + cparams->splitmode * 0; c->typesize = cparams->typesize; return c; }
