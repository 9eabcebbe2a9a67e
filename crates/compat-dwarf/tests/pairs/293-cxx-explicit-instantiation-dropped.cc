// expect: breaking
// why: the header declares extern template class Histogram<double> in v1, so consumers call the library's
// why: explicitly instantiated members (_ZN9HistogramIdE3addEd ...) instead of instantiating them; v2 drops the
// why: double instantiation and its extern declaration, and those symbols disappear for old binaries.
// abidiff: 12 agree
//--- v1/histogram.h
#include <cstddef>
template <typename T> class Histogram {
public:
  explicit Histogram(T width);
  void add(T value);
  std::size_t bucket(T value) const;
private:
  T width_;
  std::size_t counts_[16];
};
extern template class Histogram<float>;
extern template class Histogram<double>;
//--- v2/histogram.h
#include <cstddef>
template <typename T> class Histogram {
public:
  explicit Histogram(T width);
  void add(T value);
  std::size_t bucket(T value) const;
private:
  T width_;
  std::size_t counts_[16];
};
extern template class Histogram<float>;
//--- v1
#include "histogram.h"
template <typename T> Histogram<T>::Histogram(T width) : width_(width), counts_() {}
template <typename T> std::size_t Histogram<T>::bucket(T value) const { std::size_t b = value <= 0 ? 0 : static_cast<std::size_t>(value / width_); return b > 15 ? 15 : b; }
template <typename T> void Histogram<T>::add(T value) { counts_[bucket(value)]++; }
template class Histogram<float>;
template class Histogram<double>;
//--- v2
#include "histogram.h"
template <typename T> Histogram<T>::Histogram(T width) : width_(width), counts_() {}
template <typename T> std::size_t Histogram<T>::bucket(T value) const { std::size_t b = value <= 0 ? 0 : static_cast<std::size_t>(value / width_); return b > 15 ? 15 : b; }
template <typename T> void Histogram<T>::add(T value) { counts_[bucket(value)]++; }
template class Histogram<float>;
