// expect: breaking
// why: struct parameter is filled by the caller (struct parameter param; param.solver_type = L2R_LR; ...) and handed
// why: to train and check_parameter; no export hands one out on its own (struct model embeds one by value, which
// why: does not make a caller's own parameter the library's). liblinear 2.40 appends int regularize_bias, which
// why: train now reads: an old caller's struct ends before it, so v2 reads the flag from past the end of the
// why: caller's object, and struct model, which embeds it, grows too.
// abidiff: 4 agree
//--- v1/linear.h
struct feature_node { int index; double value; };
struct problem { int l, n; double *y; struct feature_node **x; double bias; };
enum { L2R_LR, L2R_L2LOSS_SVC_DUAL, L2R_L2LOSS_SVC, L2R_L1LOSS_SVC_DUAL, MCSVM_CS, L1R_L2LOSS_SVC, L1R_LR, L2R_LR_DUAL };
struct parameter {
    int solver_type;
    double eps;
    double C;
    int nr_weight;
    int *weight_label;
    double *weight;
    double p;
    double nu;
    double *init_sol;
};
struct model {
    struct parameter param;
    int nr_class;
    int nr_feature;
    double *w;
    int *label;
    double bias;
};
struct model *train(const struct problem *prob, const struct parameter *param);
const char *check_parameter(const struct problem *prob, const struct parameter *param);
double predict(const struct model *model_, const struct feature_node *x);
void free_and_destroy_model(struct model **model_ptr_ptr);
//--- v2/linear.h
struct feature_node { int index; double value; };
struct problem { int l, n; double *y; struct feature_node **x; double bias; };
enum { L2R_LR, L2R_L2LOSS_SVC_DUAL, L2R_L2LOSS_SVC, L2R_L1LOSS_SVC_DUAL, MCSVM_CS, L1R_L2LOSS_SVC, L1R_LR, L2R_LR_DUAL };
struct parameter {
    int solver_type;
    double eps;
    double C;
    int nr_weight;
    int *weight_label;
    double *weight;
    double p;
    double nu;
    double *init_sol;
    int regularize_bias;
};
struct model {
    struct parameter param;
    int nr_class;
    int nr_feature;
    double *w;
    int *label;
    double bias;
};
struct model *train(const struct problem *prob, const struct parameter *param);
const char *check_parameter(const struct problem *prob, const struct parameter *param);
double predict(const struct model *model_, const struct feature_node *x);
void free_and_destroy_model(struct model **model_ptr_ptr);
//--- v1
#include <stdlib.h>
#include "linear.h"
const char *check_parameter(const struct problem *prob, const struct parameter *param) {
    if (param->eps <= 0) return "eps <= 0";
    if (param->C <= 0) return "C <= 0";
    if (prob->bias >= 0 && param->solver_type == 0 && param->p < 0) return "p < 0";
    return NULL;
}
struct model *train(const struct problem *prob, const struct parameter *param) {
    struct model *m = calloc(1, sizeof *m);
    m->param = *param; m->nr_feature = prob->n; m->nr_class = 2; m->bias = prob->bias;
    m->w = calloc((size_t)prob->n + 1, sizeof(double));
    for (int i = 0; i < prob->l; i++) for (struct feature_node *f = prob->x[i]; f->index != -1; f++) m->w[f->index - 1] += param->C * prob->y[i] * f->value;
    return m;
}
double predict(const struct model *m, const struct feature_node *x) {
    double s = 0; for (; x->index != -1; x++) if (x->index <= m->nr_feature) s += m->w[x->index - 1] * x->value;
    return s > 0 ? 1 : -1;
}
void free_and_destroy_model(struct model **pp) { if (*pp) { free((*pp)->w); free((*pp)->label); free(*pp); *pp = NULL; } }
//--- v2
#include <stdlib.h>
#include "linear.h"
const char *check_parameter(const struct problem *prob, const struct parameter *param) {
    if (param->eps <= 0) return "eps <= 0";
    if (param->C <= 0) return "C <= 0";
    if (prob->bias >= 0 && param->solver_type == 0 && param->p < 0) return "p < 0";
    if (param->regularize_bias == 0 && prob->bias != 1.0) return "To not regularize bias, must specify -B 1 along with -R";
    return NULL;
}
struct model *train(const struct problem *prob, const struct parameter *param) {
    struct model *m = calloc(1, sizeof *m);
    m->param = *param; m->nr_feature = prob->n; m->nr_class = 2; m->bias = prob->bias;
    m->w = calloc((size_t)prob->n + 1, sizeof(double));
    for (int i = 0; i < prob->l; i++) for (struct feature_node *f = prob->x[i]; f->index != -1; f++) m->w[f->index - 1] += param->C * prob->y[i] * f->value;
    if (!param->regularize_bias && prob->bias >= 0) m->w[prob->n] = 0;
    return m;
}
double predict(const struct model *m, const struct feature_node *x) {
    double s = 0; for (; x->index != -1; x++) if (x->index <= m->nr_feature) s += m->w[x->index - 1] * x->value;
    return s > 0 ? 1 : -1;
}
void free_and_destroy_model(struct model **pp) { if (*pp) { free((*pp)->w); free((*pp)->label); free(*pp); *pp = NULL; } }
