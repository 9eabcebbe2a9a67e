// expect: breaking
// why: smpl_t goes from float to double (an AUBIO_DOUBLE build): fvec_get_sample returns it by value, now in
// why: %xmm0 as a double where old callers read a float, and fvec_t, which new_fvec hands out and consumers
// why: read through (vec->data[i]), now points to 8-byte samples where old binaries read 4.
// abidiff: 4 agree
//--- v1/fvec.h
typedef unsigned int uint_t;
typedef float smpl_t;
typedef struct { uint_t length; smpl_t *data; } fvec_t;
fvec_t *new_fvec(uint_t length);
smpl_t fvec_get_sample(const fvec_t *s, uint_t position);
//--- v2/fvec.h
typedef unsigned int uint_t;
typedef double smpl_t;
typedef struct { uint_t length; smpl_t *data; } fvec_t;
fvec_t *new_fvec(uint_t length);
smpl_t fvec_get_sample(const fvec_t *s, uint_t position);
//--- v1
#include <stdlib.h>
#include "fvec.h"
fvec_t *new_fvec(uint_t length) { fvec_t *s = malloc(sizeof *s); if (!s) return 0; s->length = length; s->data = calloc(length, sizeof(smpl_t)); return s; }
smpl_t fvec_get_sample(const fvec_t *s, uint_t position) { return position < s->length ? s->data[position] : 0; }
//--- v2
#include <stdlib.h>
#include "fvec.h"
fvec_t *new_fvec(uint_t length) { fvec_t *s = malloc(sizeof *s); if (!s) return 0; s->length = length; s->data = calloc(length, sizeof(smpl_t)); return s; }
smpl_t fvec_get_sample(const fvec_t *s, uint_t position) { return position < s->length ? s->data[position] : 0; }
