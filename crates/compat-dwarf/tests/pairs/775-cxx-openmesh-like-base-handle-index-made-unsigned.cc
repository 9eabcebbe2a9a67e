// expect: warning
// why: OpenMesh's BaseHandle (and VertexHandle derived from it) is a 4-byte value class passed by value to exported
// why: functions such as PolyMesh::valence, and its inline accessors compile into consumers. v2 declares the
// why: protected idx_ unsigned int instead of int: same size, offset and register, but v1-built code tests validity
// why: with idx_ >= 0 and compares indices as signed, while v2 treats the invalid handle as UINT_MAX and indices as
// why: unsigned. The layout holds; the meaning of the bits may not.
// abidiff: 4 agree
//--- v1/Handles.hh
namespace OpenMesh {
class BaseHandle {
public:
    explicit BaseHandle(int _idx = -1) : idx_(_idx) {}
    int idx() const { return idx_; }
    bool is_valid() const { return idx_ >= 0; }
    bool operator<(const BaseHandle &_rhs) const { return idx_ < _rhs.idx_; }
protected:
    int idx_;
};
struct VertexHandle : public BaseHandle { explicit VertexHandle(int _idx = -1) : BaseHandle(_idx) {} };
class PolyMesh {
public:
    PolyMesh();
    VertexHandle add_vertex(double x, double y, double z);
    unsigned int valence(VertexHandle _vh) const;
    int n_vertices() const;
private:
    int n_vertices_;
    unsigned int valences_[64];
};
}
//--- v2/Handles.hh
namespace OpenMesh {
class BaseHandle {
public:
    explicit BaseHandle(int _idx = -1) : idx_(static_cast<unsigned int>(_idx)) {}
    int idx() const { return static_cast<int>(idx_); }
    bool is_valid() const { return idx_ != 0xffffffffu; }
    bool operator<(const BaseHandle &_rhs) const { return idx_ < _rhs.idx_; }
protected:
    unsigned int idx_;
};
struct VertexHandle : public BaseHandle { explicit VertexHandle(int _idx = -1) : BaseHandle(_idx) {} };
class PolyMesh {
public:
    PolyMesh();
    VertexHandle add_vertex(double x, double y, double z);
    unsigned int valence(VertexHandle _vh) const;
    int n_vertices() const;
private:
    int n_vertices_;
    unsigned int valences_[64];
};
}
//--- v1
#include "Handles.hh"
namespace OpenMesh {
PolyMesh::PolyMesh() : n_vertices_(0), valences_() {}
VertexHandle PolyMesh::add_vertex(double x, double y, double z) { (void)x; (void)y; (void)z; if (n_vertices_ == 64) return VertexHandle(); valences_[n_vertices_] = 0; return VertexHandle(n_vertices_++); }
unsigned int PolyMesh::valence(VertexHandle _vh) const { return _vh.is_valid() && _vh.idx() < n_vertices_ ? valences_[_vh.idx()] : 0u; }
int PolyMesh::n_vertices() const { return n_vertices_; }
}
//--- v2
#include "Handles.hh"
namespace OpenMesh {
PolyMesh::PolyMesh() : n_vertices_(0), valences_() {}
VertexHandle PolyMesh::add_vertex(double x, double y, double z) { (void)x; (void)y; (void)z; if (n_vertices_ == 64) return VertexHandle(); valences_[n_vertices_] = 0; return VertexHandle(n_vertices_++); }
unsigned int PolyMesh::valence(VertexHandle _vh) const { return _vh.is_valid() && _vh.idx() < n_vertices_ ? valences_[_vh.idx()] : 0u; }
int PolyMesh::n_vertices() const { return n_vertices_; }
}
