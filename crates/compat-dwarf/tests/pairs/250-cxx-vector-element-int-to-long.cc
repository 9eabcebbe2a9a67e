// expect: breaking
// why: Histogram's member bins_ changes from std::vector<int> to std::vector<long>: the vector is still three
// why: pointers, but consumers' inlined bins() hands them the library's vector, which they index as 4-byte ints
// why: while it now holds 8-byte longs.
// abidiff: 4 agree
//--- v1/histogram.h
#include <vector>
class Histogram {
public:
  Histogram();
  void add(int bucket);
  const std::vector<int> &bins() const { return bins_; }
private:
  std::vector<int> bins_;
};
//--- v2/histogram.h
#include <vector>
class Histogram {
public:
  Histogram();
  void add(int bucket);
  const std::vector<long> &bins() const { return bins_; }
private:
  std::vector<long> bins_;
};
//--- v1
#include "histogram.h"
Histogram::Histogram() : bins_(16) {}
void Histogram::add(int bucket) { bins_.at(bucket)++; }
//--- v2
#include "histogram.h"
Histogram::Histogram() : bins_(16) {}
void Histogram::add(int bucket) { bins_.at(bucket)++; }
