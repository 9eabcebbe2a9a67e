// expect: breaking
// why: arma::Mat<double> is constructed by consumers (its constructor is exported, but objects live in their code)
// why: and passed by const reference to exported functions such as accu and trace; its inline at() reads n_rows
// why: and mem. v2 turns on 64-bit indices (ARMA_64BIT_WORD: typedef unsigned long long uword): n_rows, n_cols and
// why: n_elem widen from 4 to 8 bytes, moving mem from byte 16 to 24 and growing Mat from 24 to 32 bytes, and the
// why: constructor's mangled name changes (_ZN4arma3MatIdEC1Ejj to _ZN4arma3MatIdEC1Eyy), so old binaries miss it.
// abidiff: 12 agree
//--- v1/armadillo.h
namespace arma {
typedef unsigned int uword;
template <typename eT> class Mat {
public:
    const uword n_rows;
    const uword n_cols;
    const uword n_elem;
    eT *mem;
    Mat(uword in_rows, uword in_cols);
    ~Mat();
    eT &at(uword r, uword c) { return mem[r + c * n_rows]; }
    const eT &at(uword r, uword c) const { return mem[r + c * n_rows]; }
};
extern template class Mat<double>;
double accu(const Mat<double> &X);
double trace(const Mat<double> &X);
}
//--- v2/armadillo.h
namespace arma {
typedef unsigned long long uword;
template <typename eT> class Mat {
public:
    const uword n_rows;
    const uword n_cols;
    const uword n_elem;
    eT *mem;
    Mat(uword in_rows, uword in_cols);
    ~Mat();
    eT &at(uword r, uword c) { return mem[r + c * n_rows]; }
    const eT &at(uword r, uword c) const { return mem[r + c * n_rows]; }
};
extern template class Mat<double>;
double accu(const Mat<double> &X);
double trace(const Mat<double> &X);
}
//--- lib.cc
#include "armadillo.h"
namespace arma {
template <typename eT> Mat<eT>::Mat(uword in_rows, uword in_cols) : n_rows(in_rows), n_cols(in_cols), n_elem(in_rows * in_cols), mem(new eT[in_rows * in_cols]()) {}
template <typename eT> Mat<eT>::~Mat() { delete[] mem; }
template class Mat<double>;
double accu(const Mat<double> &X) { double s = 0; for (uword i = 0; i < X.n_elem; ++i) s += X.mem[i]; return s; }
double trace(const Mat<double> &X) { double s = 0; for (uword i = 0; i < X.n_rows && i < X.n_cols; ++i) s += X.at(i, i); return s; }
}
