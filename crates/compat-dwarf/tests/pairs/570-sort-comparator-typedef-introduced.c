// expect: none
// why: sort_records takes int (*cmp)(const void *, const void *) in v1; v2 introduces typedef int sort_cmp_fn(const
// why: void *a, const void *b) and takes sort_cmp_fn *cmp, and the caller-filled struct sort_opts holds the comparator
// why: the same way: the same function pointer type at every place.
// abidiff: 4 disagree: abidiff reports the comparator's type changed to the typedef sort_cmp_fn *; the same pointer to a function of the same parameters and result.
//--- v1/srt.h
#include <stddef.h>
struct sort_opts { int (*cmp)(const void *, const void *); int stable; };
void sort_records(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void sort_with(void *base, size_t n, size_t size, const struct sort_opts *o);
//--- v2/srt.h
#include <stddef.h>
typedef int sort_cmp_fn(const void *a, const void *b);
struct sort_opts { sort_cmp_fn *cmp; int stable; };
void sort_records(void *base, size_t n, size_t size, sort_cmp_fn *cmp);
void sort_with(void *base, size_t n, size_t size, const struct sort_opts *o);
//--- v1
#include <stdlib.h>
#include "srt.h"
void sort_records(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) { qsort(base, n, size, cmp); }
void sort_with(void *base, size_t n, size_t size, const struct sort_opts *o) { qsort(base, n, size, o->cmp); }
//--- v2
#include <stdlib.h>
#include "srt.h"
void sort_records(void *base, size_t n, size_t size, sort_cmp_fn *cmp) { qsort(base, n, size, cmp); }
void sort_with(void *base, size_t n, size_t size, const struct sort_opts *o) { qsort(base, n, size, o->cmp); }
