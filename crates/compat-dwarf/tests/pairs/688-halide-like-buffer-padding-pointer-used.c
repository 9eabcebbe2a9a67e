// expect: info
// why: halide_buffer_t is filled by callers and handed to the pipeline function; its last member void *padding
// why: reserves room. v2 replaces it in place by void *device_user_context, a pointer of the same size at the same
// why: offset: the struct keeps its 56 bytes and every other member its offset (as in 425 and 515).
// abidiff: 0 agree
//--- v1/HalideRuntime.h
#include <stdint.h>
typedef struct halide_type_t { uint8_t code; uint8_t bits; uint16_t lanes; } halide_type_t;
typedef struct halide_dimension_t { int32_t min, extent, stride; uint32_t flags; } halide_dimension_t;
typedef struct halide_buffer_t { uint64_t device; const void *device_interface; uint8_t *host; uint64_t flags; halide_type_t type; int32_t dimensions; halide_dimension_t *dim; void *padding; } halide_buffer_t;
int brighten(halide_buffer_t *input, int offset, halide_buffer_t *output);
//--- v2/HalideRuntime.h
#include <stdint.h>
typedef struct halide_type_t { uint8_t code; uint8_t bits; uint16_t lanes; } halide_type_t;
typedef struct halide_dimension_t { int32_t min, extent, stride; uint32_t flags; } halide_dimension_t;
typedef struct halide_buffer_t { uint64_t device; const void *device_interface; uint8_t *host; uint64_t flags; halide_type_t type; int32_t dimensions; halide_dimension_t *dim; void *device_user_context; } halide_buffer_t;
int brighten(halide_buffer_t *input, int offset, halide_buffer_t *output);
//--- v1
#include "HalideRuntime.h"
int brighten(halide_buffer_t *in, int offset, halide_buffer_t *out) { if (in->dimensions != 1 || out->dimensions != 1) return -1; for (int32_t i = 0; i < out->dim[0].extent; i++) out->host[i] = (uint8_t)(in->host[i] + offset); return 0; }
//--- v2
#include "HalideRuntime.h"
int brighten(halide_buffer_t *in, int offset, halide_buffer_t *out) { if (in->dimensions != 1 || out->dimensions != 1) return -1; if (in->device && !in->device_user_context) return -2; for (int32_t i = 0; i < out->dim[0].extent; i++) out->host[i] = (uint8_t)(in->host[i] + offset); return 0; }
