// expect: none
// why: OSQP 1.0 renames its scalar typedefs c_int and c_float to OSQPInt and OSQPFloat (still long long and double)
// why: and spells every member of the caller-allocated OSQPSettings and every parameter with the new names, keeping the
// why: old ones as macros for sources. Each member and parameter denotes the same type at the same offset, and the
// why: solver stays defined only in the library's sources: the two versions have the same types.
// abidiff: 0 agree
//--- v1/osqp.h
typedef long long c_int;
typedef double c_float;
typedef struct OSQPSolver OSQPSolver;
typedef struct {
    c_int device;
    c_float rho;
    c_float sigma;
    c_int scaling;
    c_int adaptive_rho;
    c_int max_iter;
    c_float eps_abs;
    c_float eps_rel;
    c_int verbose;
    c_int warm_starting;
} OSQPSettings;
void osqp_set_default_settings(OSQPSettings *settings);
c_int osqp_setup(OSQPSolver **solverp, const c_float *q, const c_float *l, const c_float *u, c_int m, c_int n, const OSQPSettings *settings);
c_int osqp_solve(OSQPSolver *solver);
c_int osqp_update_rho(OSQPSolver *solver, c_float rho_new);
c_int osqp_cleanup(OSQPSolver *solver);
//--- v2/osqp.h
typedef long long OSQPInt;
typedef double OSQPFloat;
#define c_int OSQPInt
#define c_float OSQPFloat
typedef struct OSQPSolver OSQPSolver;
typedef struct {
    OSQPInt device;
    OSQPFloat rho;
    OSQPFloat sigma;
    OSQPInt scaling;
    OSQPInt adaptive_rho;
    OSQPInt max_iter;
    OSQPFloat eps_abs;
    OSQPFloat eps_rel;
    OSQPInt verbose;
    OSQPInt warm_starting;
} OSQPSettings;
void osqp_set_default_settings(OSQPSettings *settings);
OSQPInt osqp_setup(OSQPSolver **solverp, const OSQPFloat *q, const OSQPFloat *l, const OSQPFloat *u, OSQPInt m, OSQPInt n, const OSQPSettings *settings);
OSQPInt osqp_solve(OSQPSolver *solver);
OSQPInt osqp_update_rho(OSQPSolver *solver, OSQPFloat rho_new);
OSQPInt osqp_cleanup(OSQPSolver *solver);
//--- lib.c
#include <stdlib.h>
#include "osqp.h"
struct OSQPSolver { OSQPSettings settings; c_int m, n; c_float *q; c_float obj; };
void osqp_set_default_settings(OSQPSettings *s) {
    s->device = 0; s->rho = 0.1; s->sigma = 1e-6; s->scaling = 10; s->adaptive_rho = 1; s->max_iter = 4000;
    s->eps_abs = 1e-3; s->eps_rel = 1e-3; s->verbose = 1; s->warm_starting = 1;
}
c_int osqp_setup(OSQPSolver **solverp, const c_float *q, const c_float *l, const c_float *u, c_int m, c_int n, const OSQPSettings *settings) {
    (void)l; (void)u;
    if (!settings || n <= 0 || m < 0) return 7;
    OSQPSolver *s = calloc(1, sizeof *s);
    if (!s) return 6;
    s->settings = *settings; s->m = m; s->n = n;
    s->q = malloc(n * sizeof *s->q);
    for (c_int i = 0; i < n; i++) s->q[i] = q ? q[i] : 0.0;
    *solverp = s;
    return 0;
}
c_int osqp_solve(OSQPSolver *solver) { solver->obj = 0; for (c_int i = 0; i < solver->n; i++) solver->obj -= solver->q[i] * solver->q[i] / (2 * solver->settings.rho + 1); return 0; }
c_int osqp_update_rho(OSQPSolver *solver, c_float rho_new) { if (rho_new <= 0) return 1; solver->settings.rho = rho_new; return 0; }
c_int osqp_cleanup(OSQPSolver *solver) { if (solver) { free(solver->q); free(solver); } return 0; }
