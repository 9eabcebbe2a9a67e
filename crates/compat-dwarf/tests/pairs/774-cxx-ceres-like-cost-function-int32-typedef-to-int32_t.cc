// expect: none
// why: Ceres 2.0 dropped its own integer typedefs (ceres::int32, typedef int) for <cstdint>'s int32_t.
// why: CostFunction's parameter_block_sizes_ is std::vector<int32> in v1 and std::vector<int32_t> in v2, both
// why: std::vector<int>; ceres::TotalParameterSize returns int32 in v1 and int32_t in v2, both int. Template
// why: arguments and mangled names use the underlying type, so the class, its vtable and every symbol are the same.
// abidiff: 0 agree
//--- v1/cost_function.h
#include <vector>
namespace ceres {
typedef int int32;
class CostFunction {
public:
    CostFunction();
    virtual ~CostFunction();
    virtual bool Evaluate(double const *const *parameters, double *residuals, double **jacobians) const = 0;
    const std::vector<int32> &parameter_block_sizes() const { return parameter_block_sizes_; }
    int num_residuals() const { return num_residuals_; }
protected:
    std::vector<int32> *mutable_parameter_block_sizes() { return &parameter_block_sizes_; }
    void set_num_residuals(int num_residuals) { num_residuals_ = num_residuals; }
private:
    std::vector<int32> parameter_block_sizes_;
    int num_residuals_;
};
int32 TotalParameterSize(const CostFunction &f);
}
//--- v2/cost_function.h
#include <cstdint>
#include <vector>
namespace ceres {
class CostFunction {
public:
    CostFunction();
    virtual ~CostFunction();
    virtual bool Evaluate(double const *const *parameters, double *residuals, double **jacobians) const = 0;
    const std::vector<int32_t> &parameter_block_sizes() const { return parameter_block_sizes_; }
    int num_residuals() const { return num_residuals_; }
protected:
    std::vector<int32_t> *mutable_parameter_block_sizes() { return &parameter_block_sizes_; }
    void set_num_residuals(int num_residuals) { num_residuals_ = num_residuals; }
private:
    std::vector<int32_t> parameter_block_sizes_;
    int num_residuals_;
};
int32_t TotalParameterSize(const CostFunction &f);
}
//--- v1
#include "cost_function.h"
namespace ceres {
CostFunction::CostFunction() : num_residuals_(0) {}
CostFunction::~CostFunction() {}
int32 TotalParameterSize(const CostFunction &f) { int32 n = 0; for (int32 s : f.parameter_block_sizes()) n += s; return n; }
}
//--- v2
#include "cost_function.h"
namespace ceres {
CostFunction::CostFunction() : num_residuals_(0) {}
CostFunction::~CostFunction() {}
int32_t TotalParameterSize(const CostFunction &f) { int32_t n = 0; for (int32_t s : f.parameter_block_sizes()) n += s; return n; }
}
