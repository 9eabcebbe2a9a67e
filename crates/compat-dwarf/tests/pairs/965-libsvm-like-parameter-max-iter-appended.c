// expect: breaking
// why: struct svm_parameter is filled by callers and passed by const pointer to svm_train and svm_check_parameter
// why: (nothing in the library hands one out). v2 appends int max_iter, which both functions read: an old caller's
// why: 104-byte struct ends before it, so the library reads whatever follows the caller's object as the iteration
// why: limit (the struct grows to 112 bytes).
// abidiff: 4 agree
//--- v1/svm.h
struct svm_node { int index; double value; };
struct svm_problem { int l; double *y; struct svm_node **x; };
struct svm_parameter {
    int svm_type;
    int kernel_type;
    int degree;
    double gamma;
    double coef0;
    double cache_size;
    double eps;
    double C;
    int nr_weight;
    int *weight_label;
    double *weight;
    double nu;
    double p;
    int shrinking;
    int probability;
};
struct svm_model;
struct svm_model *svm_train(const struct svm_problem *prob, const struct svm_parameter *param);
const char *svm_check_parameter(const struct svm_problem *prob, const struct svm_parameter *param);
void svm_free_and_destroy_model(struct svm_model **model_ptr_ptr);
//--- v2/svm.h
struct svm_node { int index; double value; };
struct svm_problem { int l; double *y; struct svm_node **x; };
struct svm_parameter {
    int svm_type;
    int kernel_type;
    int degree;
    double gamma;
    double coef0;
    double cache_size;
    double eps;
    double C;
    int nr_weight;
    int *weight_label;
    double *weight;
    double nu;
    double p;
    int shrinking;
    int probability;
    int max_iter;
};
struct svm_model;
struct svm_model *svm_train(const struct svm_problem *prob, const struct svm_parameter *param);
const char *svm_check_parameter(const struct svm_problem *prob, const struct svm_parameter *param);
void svm_free_and_destroy_model(struct svm_model **model_ptr_ptr);
//--- v1
#include <stdlib.h>
#include "svm.h"
struct svm_model { struct svm_parameter param; int nr_class; int l; int iterations; };
const char *svm_check_parameter(const struct svm_problem *prob, const struct svm_parameter *param) {
    if (!prob || prob->l <= 0) return "no data";
    if (param->svm_type < 0 || param->svm_type > 4) return "unknown svm type";
    if (param->cache_size <= 0) return "cache_size <= 0";
    if (param->eps <= 0) return "eps <= 0";
    return NULL;
}
struct svm_model *svm_train(const struct svm_problem *prob, const struct svm_parameter *param) {
    struct svm_model *m;
    if (svm_check_parameter(prob, param)) return NULL;
    m = calloc(1, sizeof *m); if (!m) return NULL;
    m->param = *param; m->l = prob->l; m->nr_class = 2; m->iterations = 10000000;
    return m;
}
void svm_free_and_destroy_model(struct svm_model **model_ptr_ptr) { free(*model_ptr_ptr); *model_ptr_ptr = NULL; }
//--- v2
#include <stdlib.h>
#include "svm.h"
struct svm_model { struct svm_parameter param; int nr_class; int l; int iterations; };
const char *svm_check_parameter(const struct svm_problem *prob, const struct svm_parameter *param) {
    if (!prob || prob->l <= 0) return "no data";
    if (param->svm_type < 0 || param->svm_type > 4) return "unknown svm type";
    if (param->cache_size <= 0) return "cache_size <= 0";
    if (param->eps <= 0) return "eps <= 0";
    if (param->max_iter < 0) return "max_iter < 0";
    return NULL;
}
struct svm_model *svm_train(const struct svm_problem *prob, const struct svm_parameter *param) {
    struct svm_model *m;
    if (svm_check_parameter(prob, param)) return NULL;
    m = calloc(1, sizeof *m); if (!m) return NULL;
    m->param = *param; m->l = prob->l; m->nr_class = 2; m->iterations = param->max_iter ? param->max_iter : 10000000;
    return m;
}
void svm_free_and_destroy_model(struct svm_model **model_ptr_ptr) { free(*model_ptr_ptr); *model_ptr_ptr = NULL; }
