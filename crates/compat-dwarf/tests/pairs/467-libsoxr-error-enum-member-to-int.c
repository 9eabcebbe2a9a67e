// expect: info
// why: struct soxr_io_spec is caller-filled (soxr_io_spec(itype, otype) returns it by value and callers tweak it);
// why: member itype was enum soxr_datatype_t and v2 spells it int. The enum has the enumerator SOXR_NO_TYPE = -1,
// why: so its underlying type is int: same size, signedness and offset, and the by-value return keeps its
// why: classification. Binaries are unaffected; the enum leaving the interface is worth a line (as in 16).
// abidiff: 0 agree
//--- v1/soxr.h
typedef enum { SOXR_NO_TYPE = -1, SOXR_FLOAT32_I = 0, SOXR_FLOAT64_I, SOXR_INT32_I, SOXR_INT16_I } soxr_datatype_t;
typedef struct soxr_io_spec { soxr_datatype_t itype; soxr_datatype_t otype; double scale; void *e; unsigned long flags; } soxr_io_spec_t;
soxr_io_spec_t soxr_io_spec(soxr_datatype_t itype, soxr_datatype_t otype);
int soxr_io_spec_ok(const soxr_io_spec_t *spec);
//--- v2/soxr.h
typedef enum { SOXR_NO_TYPE = -1, SOXR_FLOAT32_I = 0, SOXR_FLOAT64_I, SOXR_INT32_I, SOXR_INT16_I } soxr_datatype_t;
typedef struct soxr_io_spec { int itype; soxr_datatype_t otype; double scale; void *e; unsigned long flags; } soxr_io_spec_t;
soxr_io_spec_t soxr_io_spec(soxr_datatype_t itype, soxr_datatype_t otype);
int soxr_io_spec_ok(const soxr_io_spec_t *spec);
//--- v1
#include "soxr.h"
soxr_io_spec_t soxr_io_spec(soxr_datatype_t itype, soxr_datatype_t otype) {
  soxr_io_spec_t s = { itype, otype, 1.0, 0, 0 };
  if (itype < SOXR_FLOAT32_I || otype < SOXR_FLOAT32_I) s.e = (void *)"invalid io datatype(s)";
  return s;
}
int soxr_io_spec_ok(const soxr_io_spec_t *spec) { return spec->e == 0 && spec->itype <= SOXR_INT16_I; }
//--- v2
#include "soxr.h"
soxr_io_spec_t soxr_io_spec(soxr_datatype_t itype, soxr_datatype_t otype) {
  soxr_io_spec_t s = { itype, otype, 1.0, 0, 0 };
  if (itype < SOXR_FLOAT32_I || otype < SOXR_FLOAT32_I) s.e = (void *)"invalid io datatype(s)";
  return s;
}
int soxr_io_spec_ok(const soxr_io_spec_t *spec) { return spec->e == 0 && spec->itype <= SOXR_INT16_I; }
