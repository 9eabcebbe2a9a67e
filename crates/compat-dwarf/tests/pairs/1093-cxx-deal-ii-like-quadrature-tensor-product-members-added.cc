// expect: breaking
// why: dealii::Quadrature<dim> is a class template the library instantiates for dim 1 to 3 (extern template, exported
// why: constructors and a virtual destructor); applications create quadratures on the stack (QGauss<2> q(3);) and
// why: read them through inline size(), point() and weight(). deal.II 9.1 adds bool is_tensor_product_flag and a
// why: std::vector<double> tensor_basis after the weights: Quadrature<dim> and QGauss<dim> grow from 56 to 88 bytes,
// why: so stack objects old consumers reserve are too small for v2's constructors.
// abidiff: 4 agree
//--- v1/quadrature.h
#include <vector>
namespace dealii {
template <int dim> struct Point { double coords[dim]; };
template <int dim> class Quadrature {
public:
    explicit Quadrature(const unsigned int n_quadrature_points = 0);
    Quadrature(const std::vector<Point<dim>> &points, const std::vector<double> &weights);
    virtual ~Quadrature();
    unsigned int size() const { return static_cast<unsigned int>(weights.size()); }
    const Point<dim> &point(const unsigned int i) const { return quadrature_points[i]; }
    double weight(const unsigned int i) const { return weights[i]; }
protected:
    std::vector<Point<dim>> quadrature_points;
    std::vector<double> weights;
};
template <int dim> class QGauss : public Quadrature<dim> {
public:
    explicit QGauss(const unsigned int n);
};
extern template class Quadrature<1>;
extern template class Quadrature<2>;
extern template class QGauss<1>;
extern template class QGauss<2>;
}
//--- v2/quadrature.h
#include <vector>
namespace dealii {
template <int dim> struct Point { double coords[dim]; };
template <int dim> class Quadrature {
public:
    explicit Quadrature(const unsigned int n_quadrature_points = 0);
    Quadrature(const std::vector<Point<dim>> &points, const std::vector<double> &weights);
    virtual ~Quadrature();
    unsigned int size() const { return static_cast<unsigned int>(weights.size()); }
    const Point<dim> &point(const unsigned int i) const { return quadrature_points[i]; }
    double weight(const unsigned int i) const { return weights[i]; }
    bool is_tensor_product() const { return is_tensor_product_flag; }
protected:
    std::vector<Point<dim>> quadrature_points;
    std::vector<double> weights;
    bool is_tensor_product_flag;
    std::vector<double> tensor_basis;
};
template <int dim> class QGauss : public Quadrature<dim> {
public:
    explicit QGauss(const unsigned int n);
};
extern template class Quadrature<1>;
extern template class Quadrature<2>;
extern template class QGauss<1>;
extern template class QGauss<2>;
}
//--- v1
#include <cmath>
#include "quadrature.h"
namespace dealii {
template <int dim> Quadrature<dim>::Quadrature(const unsigned int n) : quadrature_points(n), weights(n, 0.0) {}
template <int dim> Quadrature<dim>::Quadrature(const std::vector<Point<dim>> &points, const std::vector<double> &w) : quadrature_points(points), weights(w) {}
template <int dim> Quadrature<dim>::~Quadrature() {}
template <int dim> QGauss<dim>::QGauss(const unsigned int n) : Quadrature<dim>(static_cast<unsigned int>(std::pow(n, dim))) {
    for (unsigned int q = 0; q < this->weights.size(); q++) { this->weights[q] = 1.0 / this->weights.size(); for (int d = 0; d < dim; d++) this->quadrature_points[q].coords[d] = (q + 0.5) / this->weights.size(); }
}
template class Quadrature<1>;
template class Quadrature<2>;
template class QGauss<1>;
template class QGauss<2>;
}
//--- v2
#include <cmath>
#include "quadrature.h"
namespace dealii {
template <int dim> Quadrature<dim>::Quadrature(const unsigned int n) : quadrature_points(n), weights(n, 0.0), is_tensor_product_flag(dim == 1) {}
template <int dim> Quadrature<dim>::Quadrature(const std::vector<Point<dim>> &points, const std::vector<double> &w) : quadrature_points(points), weights(w), is_tensor_product_flag(dim == 1) {}
template <int dim> Quadrature<dim>::~Quadrature() {}
template <int dim> QGauss<dim>::QGauss(const unsigned int n) : Quadrature<dim>(static_cast<unsigned int>(std::pow(n, dim))) {
    for (unsigned int q = 0; q < this->weights.size(); q++) { this->weights[q] = 1.0 / this->weights.size(); for (int d = 0; d < dim; d++) this->quadrature_points[q].coords[d] = (q + 0.5) / this->weights.size(); }
    this->is_tensor_product_flag = true;
    this->tensor_basis.assign(n, 1.0 / n);
}
template class Quadrature<1>;
template class Quadrature<2>;
template class QGauss<1>;
template class QGauss<2>;
}
