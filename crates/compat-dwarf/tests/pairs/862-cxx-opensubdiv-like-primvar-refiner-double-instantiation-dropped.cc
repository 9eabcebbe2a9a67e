// expect: breaking
// why: Far::PrimvarRefinerReal<REAL> is a class template whose member functions are defined in the library's source
// why: and exported through explicit instantiations for float and double. v2 keeps only the float instantiation
// why: (double precision moved behind a build option): the PrimvarRefinerReal<double> constructor and
// why: InterpolateFaceUniform symbols that old binaries import are gone.
// abidiff: 12 agree
//--- primvarRefiner.h
namespace OpenSubdiv { namespace v3_5_0 { namespace Far {
class TopologyRefiner;
template <typename REAL>
class PrimvarRefinerReal {
public:
    explicit PrimvarRefinerReal(const TopologyRefiner &refiner);
    ~PrimvarRefinerReal();
    void InterpolateFaceUniform(int level, const REAL *src, REAL *dst, int count) const;
    const TopologyRefiner &GetTopologyRefiner() const { return _refiner; }
private:
    const TopologyRefiner &_refiner;
};
typedef PrimvarRefinerReal<float> PrimvarRefiner;
const TopologyRefiner &DefaultRefiner();
} } }
//--- v1
#include "primvarRefiner.h"
namespace OpenSubdiv { namespace v3_5_0 { namespace Far {
class TopologyRefiner { public: int maxLevel = 2; };
const TopologyRefiner &DefaultRefiner() { static TopologyRefiner r; return r; }
template <typename REAL> PrimvarRefinerReal<REAL>::PrimvarRefinerReal(const TopologyRefiner &refiner) : _refiner(refiner) {}
template <typename REAL> PrimvarRefinerReal<REAL>::~PrimvarRefinerReal() {}
template <typename REAL> void PrimvarRefinerReal<REAL>::InterpolateFaceUniform(int level, const REAL *src, REAL *dst, int count) const {
    if (level < 1 || level > _refiner.maxLevel) return;
    for (int i = 0; i < count; i++) dst[i] = src[i / 4];
}
template class PrimvarRefinerReal<float>;
template class PrimvarRefinerReal<double>;
} } }
//--- v2
#include "primvarRefiner.h"
namespace OpenSubdiv { namespace v3_5_0 { namespace Far {
class TopologyRefiner { public: int maxLevel = 2; };
const TopologyRefiner &DefaultRefiner() { static TopologyRefiner r; return r; }
template <typename REAL> PrimvarRefinerReal<REAL>::PrimvarRefinerReal(const TopologyRefiner &refiner) : _refiner(refiner) {}
template <typename REAL> PrimvarRefinerReal<REAL>::~PrimvarRefinerReal() {}
template <typename REAL> void PrimvarRefinerReal<REAL>::InterpolateFaceUniform(int level, const REAL *src, REAL *dst, int count) const {
    if (level < 1 || level > _refiner.maxLevel) return;
    for (int i = 0; i < count; i++) dst[i] = src[i / 4];
}
template class PrimvarRefinerReal<float>;
} } }
