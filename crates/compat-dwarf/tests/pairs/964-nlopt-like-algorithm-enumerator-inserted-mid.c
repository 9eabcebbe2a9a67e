// expect: breaking
// why: nlopt_algorithm is passed by value to nlopt_create and nlopt_algorithm_name and returned by
// why: nlopt_get_algorithm. v2 inserts NLOPT_GN_DIRECT_NOSCAL right after NLOPT_GN_DIRECT_L instead of before
// why: NLOPT_NUM_ALGORITHMS, so every later algorithm is renumbered (NLOPT_LN_COBYLA goes from 4 to 5): an old
// why: program asking for COBYLA gets the algorithm that now has its old number.
// abidiff: 4 agree
//--- v1/nlopt.h
typedef enum {
    NLOPT_GN_DIRECT = 0,
    NLOPT_GN_DIRECT_L,
    NLOPT_LD_LBFGS,
    NLOPT_LN_PRAXIS,
    NLOPT_LN_COBYLA,
    NLOPT_LN_BOBYQA,
    NLOPT_NUM_ALGORITHMS
} nlopt_algorithm;
typedef struct nlopt_opt_s *nlopt_opt;
nlopt_opt nlopt_create(nlopt_algorithm algorithm, unsigned n);
nlopt_algorithm nlopt_get_algorithm(const nlopt_opt opt);
const char *nlopt_algorithm_name(nlopt_algorithm a);
//--- v2/nlopt.h
typedef enum {
    NLOPT_GN_DIRECT = 0,
    NLOPT_GN_DIRECT_L,
    NLOPT_GN_DIRECT_NOSCAL,
    NLOPT_LD_LBFGS,
    NLOPT_LN_PRAXIS,
    NLOPT_LN_COBYLA,
    NLOPT_LN_BOBYQA,
    NLOPT_NUM_ALGORITHMS
} nlopt_algorithm;
typedef struct nlopt_opt_s *nlopt_opt;
nlopt_opt nlopt_create(nlopt_algorithm algorithm, unsigned n);
nlopt_algorithm nlopt_get_algorithm(const nlopt_opt opt);
const char *nlopt_algorithm_name(nlopt_algorithm a);
//--- v1
#include <stdlib.h>
#include "nlopt.h"
struct nlopt_opt_s { nlopt_algorithm algorithm; unsigned n; double *lb, *ub; };
static const char *const names[NLOPT_NUM_ALGORITHMS] = { "DIRECT (global)", "DIRECT-L (global)", "L-BFGS (local, derivative-based)", "PRAXIS (local, no-derivative)", "COBYLA (local, no-derivative)", "BOBYQA (local, no-derivative)" };
nlopt_opt nlopt_create(nlopt_algorithm algorithm, unsigned n) { nlopt_opt o; if ((unsigned)algorithm >= NLOPT_NUM_ALGORITHMS) return NULL; o = calloc(1, sizeof *o); if (o) { o->algorithm = algorithm; o->n = n; } return o; }
nlopt_algorithm nlopt_get_algorithm(const nlopt_opt opt) { return opt->algorithm; }
const char *nlopt_algorithm_name(nlopt_algorithm a) { return (unsigned)a < NLOPT_NUM_ALGORITHMS ? names[a] : "UNKNOWN"; }
//--- v2
#include <stdlib.h>
#include "nlopt.h"
struct nlopt_opt_s { nlopt_algorithm algorithm; unsigned n; double *lb, *ub; };
static const char *const names[NLOPT_NUM_ALGORITHMS] = { "DIRECT (global)", "DIRECT-L (global)", "Unscaled DIRECT (global)", "L-BFGS (local, derivative-based)", "PRAXIS (local, no-derivative)", "COBYLA (local, no-derivative)", "BOBYQA (local, no-derivative)" };
nlopt_opt nlopt_create(nlopt_algorithm algorithm, unsigned n) { nlopt_opt o; if ((unsigned)algorithm >= NLOPT_NUM_ALGORITHMS) return NULL; o = calloc(1, sizeof *o); if (o) { o->algorithm = algorithm; o->n = n; } return o; }
nlopt_algorithm nlopt_get_algorithm(const nlopt_opt opt) { return opt->algorithm; }
const char *nlopt_algorithm_name(nlopt_algorithm a) { return (unsigned)a < NLOPT_NUM_ALGORITHMS ? names[a] : "UNKNOWN"; }
