// expect: info
// why: libgpiod 2.0 introduces enum gpiod_line_value { GPIOD_LINE_VALUE_ERROR = -1, GPIOD_LINE_VALUE_INACTIVE = 0,
// why: GPIOD_LINE_VALUE_ACTIVE = 1 } and uses it where the line values were int: the result of
// why: gpiod_line_request_get_value, the value parameter of gpiod_line_request_set_value and the elements of the
// why: caller-allocated array gpiod_line_request_get_values fills. Because of the -1 enumerator the enum's
// why: underlying type is int: the same 4 bytes with the same signedness in %eax, %edx and the array, under the same
// why: C symbols, so binaries are unaffected; the typed values are an API change (an enum and its own underlying
// why: type, as in 18 and 19).
// abidiff: 0 agree
//--- v1/gpiod.h
#include <stddef.h>
struct gpiod_chip;
struct gpiod_line_request;
struct gpiod_chip *gpiod_chip_open(const char *path);
struct gpiod_line_request *gpiod_chip_request_lines(struct gpiod_chip *chip, const unsigned int *offsets, size_t num_offsets);
int gpiod_line_request_get_value(struct gpiod_line_request *request, unsigned int offset);
int gpiod_line_request_get_values(struct gpiod_line_request *request, int *values);
int gpiod_line_request_set_value(struct gpiod_line_request *request, unsigned int offset, int value);
void gpiod_line_request_release(struct gpiod_line_request *request);
void gpiod_chip_close(struct gpiod_chip *chip);
//--- v2/gpiod.h
#include <stddef.h>
struct gpiod_chip;
struct gpiod_line_request;
enum gpiod_line_value { GPIOD_LINE_VALUE_ERROR = -1, GPIOD_LINE_VALUE_INACTIVE = 0, GPIOD_LINE_VALUE_ACTIVE = 1 };
struct gpiod_chip *gpiod_chip_open(const char *path);
struct gpiod_line_request *gpiod_chip_request_lines(struct gpiod_chip *chip, const unsigned int *offsets, size_t num_offsets);
enum gpiod_line_value gpiod_line_request_get_value(struct gpiod_line_request *request, unsigned int offset);
int gpiod_line_request_get_values(struct gpiod_line_request *request, enum gpiod_line_value *values);
int gpiod_line_request_set_value(struct gpiod_line_request *request, unsigned int offset, enum gpiod_line_value value);
void gpiod_line_request_release(struct gpiod_line_request *request);
void gpiod_chip_close(struct gpiod_chip *chip);
//--- v1
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "gpiod.h"
struct gpiod_chip { char path[64]; unsigned long long lines; };
struct gpiod_line_request { struct gpiod_chip *chip; size_t num_lines; unsigned int offsets[64]; };
struct gpiod_chip *gpiod_chip_open(const char *path) { struct gpiod_chip *c = calloc(1, sizeof *c); if (c) strncpy(c->path, path, sizeof c->path - 1); return c; }
struct gpiod_line_request *gpiod_chip_request_lines(struct gpiod_chip *chip, const unsigned int *offsets, size_t n) {
  if (n > 64) { errno = EINVAL; return NULL; }
  struct gpiod_line_request *r = calloc(1, sizeof *r);
  if (r) { r->chip = chip; r->num_lines = n; memcpy(r->offsets, offsets, n * sizeof *offsets); }
  return r;
}
int gpiod_line_request_get_value(struct gpiod_line_request *r, unsigned int offset) {
  if (offset >= 64) { errno = EINVAL; return -1; }
  return (int)((r->chip->lines >> offset) & 1);
}
int gpiod_line_request_get_values(struct gpiod_line_request *r, int *values) {
  for (size_t i = 0; i < r->num_lines; i++) values[i] = gpiod_line_request_get_value(r, r->offsets[i]);
  return 0;
}
int gpiod_line_request_set_value(struct gpiod_line_request *r, unsigned int offset, int value) {
  if (offset >= 64 || value < 0 || value > 1) { errno = EINVAL; return -1; }
  if (value) r->chip->lines |= 1ULL << offset; else r->chip->lines &= ~(1ULL << offset);
  return 0;
}
void gpiod_line_request_release(struct gpiod_line_request *r) { free(r); }
void gpiod_chip_close(struct gpiod_chip *c) { free(c); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "gpiod.h"
struct gpiod_chip { char path[64]; unsigned long long lines; };
struct gpiod_line_request { struct gpiod_chip *chip; size_t num_lines; unsigned int offsets[64]; };
struct gpiod_chip *gpiod_chip_open(const char *path) { struct gpiod_chip *c = calloc(1, sizeof *c); if (c) strncpy(c->path, path, sizeof c->path - 1); return c; }
struct gpiod_line_request *gpiod_chip_request_lines(struct gpiod_chip *chip, const unsigned int *offsets, size_t n) {
  if (n > 64) { errno = EINVAL; return NULL; }
  struct gpiod_line_request *r = calloc(1, sizeof *r);
  if (r) { r->chip = chip; r->num_lines = n; memcpy(r->offsets, offsets, n * sizeof *offsets); }
  return r;
}
enum gpiod_line_value gpiod_line_request_get_value(struct gpiod_line_request *r, unsigned int offset) {
  if (offset >= 64) { errno = EINVAL; return GPIOD_LINE_VALUE_ERROR; }
  return (r->chip->lines >> offset) & 1 ? GPIOD_LINE_VALUE_ACTIVE : GPIOD_LINE_VALUE_INACTIVE;
}
int gpiod_line_request_get_values(struct gpiod_line_request *r, enum gpiod_line_value *values) {
  for (size_t i = 0; i < r->num_lines; i++) values[i] = gpiod_line_request_get_value(r, r->offsets[i]);
  return 0;
}
int gpiod_line_request_set_value(struct gpiod_line_request *r, unsigned int offset, enum gpiod_line_value value) {
  if (offset >= 64 || (value != GPIOD_LINE_VALUE_INACTIVE && value != GPIOD_LINE_VALUE_ACTIVE)) { errno = EINVAL; return -1; }
  if (value == GPIOD_LINE_VALUE_ACTIVE) r->chip->lines |= 1ULL << offset; else r->chip->lines &= ~(1ULL << offset);
  return 0;
}
void gpiod_line_request_release(struct gpiod_line_request *r) { free(r); }
void gpiod_chip_close(struct gpiod_chip *c) { free(c); }
