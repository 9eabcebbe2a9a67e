// expect: info
// why: FFTW 3.2 added the 64-bit guru interface next to the old one: a new struct fftw_iodim64 (ptrdiff_t n, is,
// why: os) and a new function fftw_plan_guru64_dft taking it, while fftw_iodim (three ints) and
// why: fftw_plan_guru_dft keep their layout and symbol. Only additions: old binaries are unaffected.
// abidiff: 4 disagree: abidiff reports the added function fftw_plan_guru64_dft; adding an export and a new type is compatible (as in 220).
//--- v1/fftw3.h
typedef double fftw_complex[2];
typedef struct fftw_plan_s *fftw_plan;
typedef struct fftw_iodim_do_not_use_me { int n; int is; int os; } fftw_iodim;
fftw_plan fftw_plan_guru_dft(int rank, const fftw_iodim *dims, int howmany_rank, const fftw_iodim *howmany_dims, fftw_complex *in, fftw_complex *out, int sign, unsigned flags);
void fftw_destroy_plan(fftw_plan p);
//--- v2/fftw3.h
#include <stddef.h>
typedef double fftw_complex[2];
typedef struct fftw_plan_s *fftw_plan;
typedef struct fftw_iodim_do_not_use_me { int n; int is; int os; } fftw_iodim;
typedef struct fftw_iodim64_do_not_use_me { ptrdiff_t n; ptrdiff_t is; ptrdiff_t os; } fftw_iodim64;
fftw_plan fftw_plan_guru_dft(int rank, const fftw_iodim *dims, int howmany_rank, const fftw_iodim *howmany_dims, fftw_complex *in, fftw_complex *out, int sign, unsigned flags);
fftw_plan fftw_plan_guru64_dft(int rank, const fftw_iodim64 *dims, int howmany_rank, const fftw_iodim64 *howmany_dims, fftw_complex *in, fftw_complex *out, int sign, unsigned flags);
void fftw_destroy_plan(fftw_plan p);
//--- v1
#include <stdlib.h>
#include "fftw3.h"
struct fftw_plan_s { long total; fftw_complex *in, *out; int sign; unsigned flags; };
fftw_plan fftw_plan_guru_dft(int rank, const fftw_iodim *dims, int howmany_rank, const fftw_iodim *howmany_dims, fftw_complex *in, fftw_complex *out, int sign, unsigned flags) {
    long total = 1;
    for (int i = 0; i < rank; i++) total *= dims[i].n;
    for (int i = 0; i < howmany_rank; i++) total *= howmany_dims[i].n;
    fftw_plan p = malloc(sizeof *p);
    if (p) { p->total = total; p->in = in; p->out = out; p->sign = sign; p->flags = flags; }
    return p;
}
void fftw_destroy_plan(fftw_plan p) { free(p); }
//--- v2
#include <stdlib.h>
#include "fftw3.h"
struct fftw_plan_s { long total; fftw_complex *in, *out; int sign; unsigned flags; };
static fftw_plan make_plan(long total, fftw_complex *in, fftw_complex *out, int sign, unsigned flags) {
    fftw_plan p = malloc(sizeof *p);
    if (p) { p->total = total; p->in = in; p->out = out; p->sign = sign; p->flags = flags; }
    return p;
}
fftw_plan fftw_plan_guru_dft(int rank, const fftw_iodim *dims, int howmany_rank, const fftw_iodim *howmany_dims, fftw_complex *in, fftw_complex *out, int sign, unsigned flags) {
    long total = 1;
    for (int i = 0; i < rank; i++) total *= dims[i].n;
    for (int i = 0; i < howmany_rank; i++) total *= howmany_dims[i].n;
    return make_plan(total, in, out, sign, flags);
}
fftw_plan fftw_plan_guru64_dft(int rank, const fftw_iodim64 *dims, int howmany_rank, const fftw_iodim64 *howmany_dims, fftw_complex *in, fftw_complex *out, int sign, unsigned flags) {
    long total = 1;
    for (int i = 0; i < rank; i++) total *= dims[i].n;
    for (int i = 0; i < howmany_rank; i++) total *= howmany_dims[i].n;
    return make_plan(total, in, out, sign, flags);
}
void fftw_destroy_plan(fftw_plan p) { free(p); }
