// expect: breaking
// why: ds::List<int> is a class template explicitly instantiated and exported by the library (template class
// why: List<int>; consumers use it through extern template). v2 adds an allocator parameter with a default
// why: (template <class T, class Alloc = std::allocator<T>>): sources still say List<int>, but the class is now
// why: List<int, std::allocator<int>> and every mangled name changes (_ZN2ds4ListIiE4pushEi becomes
// why: _ZN2ds4ListIiSaIiEE4pushEi), so old binaries find none of the symbols they bound.
// abidiff: 12 agree
//--- v1/list.h
namespace ds {
template <class T> class List {
public:
  List();
  ~List();
  void push(T v);
  T pop();
  long size() const;
private:
  T *items_;
  long size_, cap_;
};
extern template class List<int>;
}
//--- v2/list.h
#include <memory>
namespace ds {
template <class T, class Alloc = std::allocator<T>> class List {
public:
  List();
  ~List();
  void push(T v);
  T pop();
  long size() const;
private:
  T *items_;
  long size_, cap_;
};
extern template class List<int>;
}
//--- v1
#include <cstdlib>
#include "list.h"
namespace ds {
template <class T> List<T>::List() : items_(nullptr), size_(0), cap_(0) {}
template <class T> List<T>::~List() { std::free(items_); }
template <class T> void List<T>::push(T v) {
  if (size_ == cap_) { cap_ = cap_ ? 2 * cap_ : 8; items_ = static_cast<T *>(std::realloc(items_, cap_ * sizeof(T))); }
  items_[size_++] = v;
}
template <class T> T List<T>::pop() { return size_ ? items_[--size_] : T(); }
template <class T> long List<T>::size() const { return size_; }
template class List<int>;
}
//--- v2
#include <cstdlib>
#include "list.h"
namespace ds {
template <class T, class A> List<T, A>::List() : items_(nullptr), size_(0), cap_(0) {}
template <class T, class A> List<T, A>::~List() { std::free(items_); }
template <class T, class A> void List<T, A>::push(T v) {
  if (size_ == cap_) { cap_ = cap_ ? 2 * cap_ : 8; items_ = static_cast<T *>(std::realloc(items_, cap_ * sizeof(T))); }
  items_[size_++] = v;
}
template <class T, class A> T List<T, A>::pop() { return size_ ? items_[--size_] : T(); }
template <class T, class A> long List<T, A>::size() const { return size_; }
template class List<int>;
}
