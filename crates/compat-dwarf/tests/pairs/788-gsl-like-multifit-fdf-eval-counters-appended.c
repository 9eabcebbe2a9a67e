// expect: breaking
// why: gsl_multifit_function_fdf is allocated and filled by the caller (f, df, fdf, n, p, params) and passed to
// why: gsl_multifit_fdfsolver_set, which keeps the pointer. GSL 2.0 appended size_t nevalf and nevaldf, which the
// why: library resets in _set and increments on every evaluation: an old caller's 48-byte struct gets 16 bytes
// why: written past its end, into whatever the caller keeps there.
// abidiff: 4 agree
//--- v1/gsl_multifit_nlin.h
#include <stddef.h>
typedef struct gsl_vector gsl_vector;
typedef struct gsl_matrix gsl_matrix;
typedef struct {
    int (*f)(const gsl_vector *x, void *params, gsl_vector *f);
    int (*df)(const gsl_vector *x, void *params, gsl_matrix *df);
    int (*fdf)(const gsl_vector *x, void *params, gsl_vector *f, gsl_matrix *df);
    size_t n;
    size_t p;
    void *params;
} gsl_multifit_function_fdf;
typedef struct gsl_multifit_fdfsolver gsl_multifit_fdfsolver;
gsl_multifit_fdfsolver *gsl_multifit_fdfsolver_alloc(size_t n, size_t p);
int gsl_multifit_fdfsolver_set(gsl_multifit_fdfsolver *s, gsl_multifit_function_fdf *fdf, const gsl_vector *x);
int gsl_multifit_fdfsolver_iterate(gsl_multifit_fdfsolver *s);
//--- v2/gsl_multifit_nlin.h
#include <stddef.h>
typedef struct gsl_vector gsl_vector;
typedef struct gsl_matrix gsl_matrix;
typedef struct {
    int (*f)(const gsl_vector *x, void *params, gsl_vector *f);
    int (*df)(const gsl_vector *x, void *params, gsl_matrix *df);
    int (*fdf)(const gsl_vector *x, void *params, gsl_vector *f, gsl_matrix *df);
    size_t n;
    size_t p;
    void *params;
    size_t nevalf;
    size_t nevaldf;
} gsl_multifit_function_fdf;
typedef struct gsl_multifit_fdfsolver gsl_multifit_fdfsolver;
gsl_multifit_fdfsolver *gsl_multifit_fdfsolver_alloc(size_t n, size_t p);
int gsl_multifit_fdfsolver_set(gsl_multifit_fdfsolver *s, gsl_multifit_function_fdf *fdf, const gsl_vector *x);
int gsl_multifit_fdfsolver_iterate(gsl_multifit_fdfsolver *s);
//--- v1
#include <stdlib.h>
#include "gsl_multifit_nlin.h"
struct gsl_multifit_fdfsolver { size_t n, p; gsl_multifit_function_fdf *fdf; const gsl_vector *x; gsl_vector *f; gsl_matrix *J; };
gsl_multifit_fdfsolver *gsl_multifit_fdfsolver_alloc(size_t n, size_t p) { gsl_multifit_fdfsolver *s = calloc(1, sizeof *s); if (s) { s->n = n; s->p = p; } return s; }
int gsl_multifit_fdfsolver_set(gsl_multifit_fdfsolver *s, gsl_multifit_function_fdf *fdf, const gsl_vector *x) {
    if (!s || !fdf || fdf->n != s->n || fdf->p != s->p) return 4;
    s->fdf = fdf; s->x = x;
    return fdf->f(x, fdf->params, s->f);
}
int gsl_multifit_fdfsolver_iterate(gsl_multifit_fdfsolver *s) {
    gsl_multifit_function_fdf *fdf = s->fdf;
    int status = fdf->df ? fdf->df(s->x, fdf->params, s->J) : 0;
    return status ? status : fdf->f(s->x, fdf->params, s->f);
}
//--- v2
#include <stdlib.h>
#include "gsl_multifit_nlin.h"
struct gsl_multifit_fdfsolver { size_t n, p; gsl_multifit_function_fdf *fdf; const gsl_vector *x; gsl_vector *f; gsl_matrix *J; };
gsl_multifit_fdfsolver *gsl_multifit_fdfsolver_alloc(size_t n, size_t p) { gsl_multifit_fdfsolver *s = calloc(1, sizeof *s); if (s) { s->n = n; s->p = p; } return s; }
int gsl_multifit_fdfsolver_set(gsl_multifit_fdfsolver *s, gsl_multifit_function_fdf *fdf, const gsl_vector *x) {
    if (!s || !fdf || fdf->n != s->n || fdf->p != s->p) return 4;
    s->fdf = fdf; s->x = x;
    fdf->nevalf = 0; fdf->nevaldf = 0;
    fdf->nevalf++;
    return fdf->f(x, fdf->params, s->f);
}
int gsl_multifit_fdfsolver_iterate(gsl_multifit_fdfsolver *s) {
    gsl_multifit_function_fdf *fdf = s->fdf;
    int status = 0;
    if (fdf->df) { status = fdf->df(s->x, fdf->params, s->J); fdf->nevaldf++; }
    if (status) return status;
    fdf->nevalf++;
    return fdf->f(s->x, fdf->params, s->f);
}
