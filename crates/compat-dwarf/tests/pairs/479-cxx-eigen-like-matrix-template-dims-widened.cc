// expect: breaking
// why: la::Matrix<double> is a class template whose instantiation the caller owns (la::Matrix<double> m(3, 3)
// why: uses the inline constructor in the header) and passes by const reference to the exported la::solve. v2
// why: widens rows_ and cols_ from int to std::size_t: Matrix<double> grows from 16 to 24 bytes and data_ moves
// why: from byte 8 to 16, so solve reads an old caller's rows and columns as the data pointer's halves.
// abidiff: 4 agree
//--- v1/matrix.h
namespace la {
template <class T> class Matrix {
public:
  Matrix(int r, int c) : rows_(r), cols_(c), data_(new T[r * c]()) {}
  ~Matrix() { delete[] data_; }
  int rows() const { return rows_; }
  int cols() const { return cols_; }
  T &operator()(int i, int j) { return data_[i * cols_ + j]; }
  const T &operator()(int i, int j) const { return data_[i * cols_ + j]; }
private:
  int rows_, cols_;
  T *data_;
};
int solve(const Matrix<double> &a, const double *b, double *x);
}
//--- v2/matrix.h
#include <cstddef>
namespace la {
template <class T> class Matrix {
public:
  Matrix(std::size_t r, std::size_t c) : rows_(r), cols_(c), data_(new T[r * c]()) {}
  ~Matrix() { delete[] data_; }
  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }
  T &operator()(std::size_t i, std::size_t j) { return data_[i * cols_ + j]; }
  const T &operator()(std::size_t i, std::size_t j) const { return data_[i * cols_ + j]; }
private:
  std::size_t rows_, cols_;
  T *data_;
};
int solve(const Matrix<double> &a, const double *b, double *x);
}
//--- v1
#include "matrix.h"
namespace la {
int solve(const Matrix<double> &a, const double *b, double *x) {
  if (a.rows() != a.cols()) return -1;
  for (int i = 0; i < a.rows(); i++) x[i] = a(i, i) != 0 ? b[i] / a(i, i) : 0;
  return 0;
}
}
//--- v2
#include "matrix.h"
namespace la {
int solve(const Matrix<double> &a, const double *b, double *x) {
  if (a.rows() != a.cols()) return -1;
  for (std::size_t i = 0; i < a.rows(); i++) x[i] = a(i, i) != 0 ? b[i] / a(i, i) : 0;
  return 0;
}
}
