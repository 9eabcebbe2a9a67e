// expect: none
// why: MFEM 4.7 introduces mfem::real_t (using real_t = double; in the default build) and spells every floating-point
// why: parameter, result and member with it. An alias is not part of a mangled name and real_t is double, so every
// why: symbol, member offset and register class is unchanged: the two versions denote the same types.
// abidiff: 0 agree
//--- v1/vector.hpp
namespace mfem {
class Vector {
public:
    explicit Vector(int s);
    Vector(double *data, int s);
    ~Vector();
    int Size() const { return size; }
    double Norml2() const;
    double operator*(const Vector &v) const;
    Vector &operator*=(double c);
    void SetData(double *d) { data = d; }
    double *GetData() const { return data; }
private:
    double *data;
    int size;
    bool own;
};
double InnerProduct(const Vector &x, const Vector &y);
}
//--- v2/vector.hpp
namespace mfem {
using real_t = double;
class Vector {
public:
    explicit Vector(int s);
    Vector(real_t *data, int s);
    ~Vector();
    int Size() const { return size; }
    real_t Norml2() const;
    real_t operator*(const Vector &v) const;
    Vector &operator*=(real_t c);
    void SetData(real_t *d) { data = d; }
    real_t *GetData() const { return data; }
private:
    real_t *data;
    int size;
    bool own;
};
real_t InnerProduct(const Vector &x, const Vector &y);
}
//--- v1
#include <cmath>
#include "vector.hpp"
namespace mfem {
Vector::Vector(int s) : data(new double[s]()), size(s), own(true) {}
Vector::Vector(double *d, int s) : data(d), size(s), own(false) {}
Vector::~Vector() { if (own) delete[] data; }
double Vector::operator*(const Vector &v) const { double s = 0; for (int i = 0; i < size; i++) s += data[i] * v.data[i]; return s; }
double Vector::Norml2() const { return std::sqrt((*this) * (*this)); }
Vector &Vector::operator*=(double c) { for (int i = 0; i < size; i++) data[i] *= c; return *this; }
double InnerProduct(const Vector &x, const Vector &y) { return x * y; }
}
//--- v2
#include <cmath>
#include "vector.hpp"
namespace mfem {
Vector::Vector(int s) : data(new real_t[s]()), size(s), own(true) {}
Vector::Vector(real_t *d, int s) : data(d), size(s), own(false) {}
Vector::~Vector() { if (own) delete[] data; }
real_t Vector::operator*(const Vector &v) const { real_t s = 0; for (int i = 0; i < size; i++) s += data[i] * v.data[i]; return s; }
real_t Vector::Norml2() const { return std::sqrt((*this) * (*this)); }
Vector &Vector::operator*=(real_t c) { for (int i = 0; i < size; i++) data[i] *= c; return *this; }
real_t InnerProduct(const Vector &x, const Vector &y) { return x * y; }
}
