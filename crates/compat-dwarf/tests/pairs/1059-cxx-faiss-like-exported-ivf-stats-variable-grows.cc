// expect: breaking
// why: faiss::indexIVF_stats is an exported global of type IndexIVFStats that applications read and reset directly
// why: (faiss::indexIVF_stats.reset(); ... faiss::indexIVF_stats.ndis). v2 appends size_t ncodes_scanned, so the
// why: object grows from 48 to 56 bytes. An executable built against v1 that reads the variable holds a 48-byte copy
// why: of it (a copy relocation), which v2's code, bound to that copy, fills 56 bytes deep, overwriting the data the
// why: linker placed after it.
// abidiff: 4 agree
//--- v1/IndexIVF.h
#include <cstddef>
namespace faiss {
struct IndexIVFStats {
    std::size_t nq;
    std::size_t nlist;
    std::size_t ndis;
    std::size_t nheap_updates;
    double quantization_time;
    double search_time;
    IndexIVFStats() { reset(); }
    void reset();
    void add(const IndexIVFStats &other);
};
extern IndexIVFStats indexIVF_stats;
void search_preassigned(std::size_t nq, std::size_t nprobe, std::size_t list_size);
}
//--- v2/IndexIVF.h
#include <cstddef>
namespace faiss {
struct IndexIVFStats {
    std::size_t nq;
    std::size_t nlist;
    std::size_t ndis;
    std::size_t nheap_updates;
    double quantization_time;
    double search_time;
    std::size_t ncodes_scanned;
    IndexIVFStats() { reset(); }
    void reset();
    void add(const IndexIVFStats &other);
};
extern IndexIVFStats indexIVF_stats;
void search_preassigned(std::size_t nq, std::size_t nprobe, std::size_t list_size);
}
//--- v1
#include <cstring>
#include "IndexIVF.h"
namespace faiss {
IndexIVFStats indexIVF_stats;
void IndexIVFStats::reset() { std::memset(this, 0, sizeof(*this)); }
void IndexIVFStats::add(const IndexIVFStats &o) { nq += o.nq; nlist += o.nlist; ndis += o.ndis; nheap_updates += o.nheap_updates; quantization_time += o.quantization_time; search_time += o.search_time; }
void search_preassigned(std::size_t nq, std::size_t nprobe, std::size_t list_size) {
    IndexIVFStats local;
    local.nq = nq; local.nlist = nq * nprobe; local.ndis = nq * nprobe * list_size; local.nheap_updates = local.ndis / 10;
    indexIVF_stats.add(local);
}
}
//--- v2
#include <cstring>
#include "IndexIVF.h"
namespace faiss {
IndexIVFStats indexIVF_stats;
void IndexIVFStats::reset() { std::memset(this, 0, sizeof(*this)); }
void IndexIVFStats::add(const IndexIVFStats &o) { nq += o.nq; nlist += o.nlist; ndis += o.ndis; nheap_updates += o.nheap_updates; quantization_time += o.quantization_time; search_time += o.search_time; ncodes_scanned += o.ncodes_scanned; }
void search_preassigned(std::size_t nq, std::size_t nprobe, std::size_t list_size) {
    IndexIVFStats local;
    local.nq = nq; local.nlist = nq * nprobe; local.ndis = nq * nprobe * list_size; local.nheap_updates = local.ndis / 10;
    local.ncodes_scanned = local.ndis;
    indexIVF_stats.add(local);
}
}
