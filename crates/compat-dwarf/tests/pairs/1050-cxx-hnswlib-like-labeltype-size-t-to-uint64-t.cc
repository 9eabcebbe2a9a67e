// expect: none
// why: hnswlib's id typedefs move to fixed-width spellings: labeltype from size_t to std::uint64_t and tableint from
// why: unsigned int to std::uint32_t (typedef to using). On x86-64 Linux size_t and std::uint64_t are both unsigned long
// why: and std::uint32_t is unsigned int, so the mangled names (m, j) and every parameter, member and result denote
// why: the same types as before.
// abidiff: 0 agree
//--- v1/hnswlib.h
#include <cstddef>
namespace hnswlib {
typedef size_t labeltype;
typedef unsigned int tableint;
class HierarchicalNSW {
public:
    HierarchicalNSW(std::size_t dim, std::size_t max_elements);
    ~HierarchicalNSW();
    void addPoint(const float *data_point, labeltype label);
    std::size_t searchKnn(const float *query, std::size_t k, labeltype *labels, float *distances) const;
    tableint getInternalId(labeltype label) const;
private:
    std::size_t dim_, max_elements_, cur_count_;
    float *data_;
    labeltype *labels_;
};
}
//--- v2/hnswlib.h
#include <cstddef>
#include <cstdint>
namespace hnswlib {
using labeltype = std::uint64_t;
using tableint = std::uint32_t;
class HierarchicalNSW {
public:
    HierarchicalNSW(std::size_t dim, std::size_t max_elements);
    ~HierarchicalNSW();
    void addPoint(const float *data_point, labeltype label);
    std::size_t searchKnn(const float *query, std::size_t k, labeltype *labels, float *distances) const;
    tableint getInternalId(labeltype label) const;
private:
    std::size_t dim_, max_elements_, cur_count_;
    float *data_;
    labeltype *labels_;
};
}
//--- lib.cc
#include <cstring>
#include "hnswlib.h"
namespace hnswlib {
HierarchicalNSW::HierarchicalNSW(std::size_t dim, std::size_t max_elements)
    : dim_(dim), max_elements_(max_elements), cur_count_(0), data_(new float[dim * max_elements]), labels_(new labeltype[max_elements]) {}
HierarchicalNSW::~HierarchicalNSW() { delete[] data_; delete[] labels_; }
void HierarchicalNSW::addPoint(const float *data_point, labeltype label) {
    if (cur_count_ == max_elements_) return;
    std::memcpy(data_ + cur_count_ * dim_, data_point, dim_ * sizeof(float));
    labels_[cur_count_++] = label;
}
std::size_t HierarchicalNSW::searchKnn(const float *query, std::size_t k, labeltype *labels, float *distances) const {
    std::size_t found = 0;
    for (std::size_t i = 0; i < cur_count_ && found < k; i++) {
        float d = 0;
        for (std::size_t j = 0; j < dim_; j++) { float t = data_[i * dim_ + j] - query[j]; d += t * t; }
        labels[found] = labels_[i]; distances[found] = d; found++;
    }
    return found;
}
tableint HierarchicalNSW::getInternalId(labeltype label) const {
    for (std::size_t i = 0; i < cur_count_; i++) if (labels_[i] == label) return tableint(i);
    return tableint(-1);
}
}
