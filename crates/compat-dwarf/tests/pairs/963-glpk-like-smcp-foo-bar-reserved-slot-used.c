// expect: info
// why: glp_smcp is the caller's control-parameter block, initialised by glp_init_smcp and passed to glp_simplex;
// why: it ends in double foo_bar[36], commented as reserved and zeroed by glp_init_smcp. v2 (GLPK's new shift and
// why: aorn options) takes foo_bar[0]'s 8 bytes for int shift and int aorn and shrinks the reserve to foo_bar[35]:
// why: the struct keeps its 368 bytes and every used member its offset, and an old caller, who got zeroes there from
// why: glp_init_smcp, passes shift = aorn = 0, the defaults. A reserved slot used in place, as reserving intends.
// abidiff: 4 disagree: shift and aorn take foo_bar[0]'s 8 bytes in place; the reserved array shrinks from the front and the size holds.
// known-miss: breaking: compat reports foo_bar retyped from double[36] to double[35] and moved from byte 80 to 88 in a struct callers allocate, but foo_bar is GLPK's reserved tail (the header's comment says so and glp_init_smcp zeroes it; no consumer reads it): shift and aorn take foo_bar[0]'s 8 bytes in place and the size holds, as in 32 and 114; but the name foo_bar does not say reserved, and the comment that does is not in the DWARF.
//--- v1/glpk.h
typedef struct glp_prob glp_prob;
typedef struct {
    int msg_lev;
    int meth;
    int pricing;
    int r_test;
    double tol_bnd;
    double tol_dj;
    double tol_piv;
    double obj_ll;
    double obj_ul;
    int it_lim;
    int tm_lim;
    int out_frq;
    int out_dly;
    int presolve;
    int excl;
    double foo_bar[36]; /* (reserved) */
} glp_smcp;
glp_prob *glp_create_prob(void);
void glp_init_smcp(glp_smcp *parm);
int glp_simplex(glp_prob *P, const glp_smcp *parm);
//--- v2/glpk.h
typedef struct glp_prob glp_prob;
typedef struct {
    int msg_lev;
    int meth;
    int pricing;
    int r_test;
    double tol_bnd;
    double tol_dj;
    double tol_piv;
    double obj_ll;
    double obj_ul;
    int it_lim;
    int tm_lim;
    int out_frq;
    int out_dly;
    int presolve;
    int excl;
    int shift;
    int aorn;
    double foo_bar[35]; /* (reserved) */
} glp_smcp;
glp_prob *glp_create_prob(void);
void glp_init_smcp(glp_smcp *parm);
int glp_simplex(glp_prob *P, const glp_smcp *parm);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "glpk.h"
struct glp_prob { int m, n; double obj; int status; };
glp_prob *glp_create_prob(void) { return calloc(1, sizeof(glp_prob)); }
void glp_init_smcp(glp_smcp *parm) {
    memset(parm, 0, sizeof *parm);
    parm->msg_lev = 3; parm->meth = 1; parm->pricing = 0x22; parm->r_test = 0x33;
    parm->tol_bnd = 1e-7; parm->tol_dj = 1e-7; parm->tol_piv = 1e-10; parm->obj_ll = -1e300; parm->obj_ul = 1e300;
    parm->it_lim = 0x7fffffff; parm->tm_lim = 0x7fffffff; parm->out_frq = 500; parm->out_dly = 0; parm->presolve = 0; parm->excl = 1;
}
int glp_simplex(glp_prob *P, const glp_smcp *parm) {
    if (!P || !parm || parm->meth < 1 || parm->meth > 3) return 1;
    P->status = parm->presolve ? 5 : 2;
    P->obj = parm->excl ? 0.0 : parm->tol_bnd;
    return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "glpk.h"
struct glp_prob { int m, n; double obj; int status; };
glp_prob *glp_create_prob(void) { return calloc(1, sizeof(glp_prob)); }
void glp_init_smcp(glp_smcp *parm) {
    memset(parm, 0, sizeof *parm);
    parm->msg_lev = 3; parm->meth = 1; parm->pricing = 0x22; parm->r_test = 0x33;
    parm->tol_bnd = 1e-7; parm->tol_dj = 1e-7; parm->tol_piv = 1e-10; parm->obj_ll = -1e300; parm->obj_ul = 1e300;
    parm->it_lim = 0x7fffffff; parm->tm_lim = 0x7fffffff; parm->out_frq = 500; parm->out_dly = 0; parm->presolve = 0; parm->excl = 1;
    parm->shift = 0; parm->aorn = 0;
}
int glp_simplex(glp_prob *P, const glp_smcp *parm) {
    if (!P || !parm || parm->meth < 1 || parm->meth > 3) return 1;
    P->status = parm->presolve ? 5 : 2;
    P->obj = parm->excl ? 0.0 : parm->tol_bnd;
    if (parm->shift) P->obj += 1.0;
    if (parm->aorn == 2) P->status = 6;
    return 0;
}
