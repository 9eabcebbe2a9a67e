// expect: breaking
// why: the shape of 815 (OpenMesh::BaseHandle's protected idx_ made private), but v2 also narrows idx_ from int to
// why: short: BaseHandle and VertexHandle shrink from 4 to 2 bytes, and next_vertex and same_vertex, which take
// why: and return VertexHandle by value, now read only the low 16 bits of the register where old callers pass a
// why: 32-bit index: every index above 32767 is read wrongly, and old callers read garbage in the upper half of
// why: the result. The access change is info; it does not soften the layout change. The other side of 815.
// abidiff: 4 agree
//--- v1/Handles.hh
namespace OpenMesh {
class BaseHandle {
public:
    explicit BaseHandle(int idx = -1) : idx_(idx) {}
    int idx() const { return idx_; }
    bool is_valid() const { return idx_ >= 0; }
protected:
    int idx_;
};
struct VertexHandle : public BaseHandle { explicit VertexHandle(int idx = -1) : BaseHandle(idx) {} };
VertexHandle next_vertex(VertexHandle vh, int n_vertices);
bool same_vertex(VertexHandle a, VertexHandle b);
}
//--- v2/Handles.hh
namespace OpenMesh {
class BaseHandle {
public:
    explicit BaseHandle(int idx = -1) : idx_((short)idx) {}
    int idx() const { return idx_; }
    bool is_valid() const { return idx_ >= 0; }
private:
    short idx_;
};
struct VertexHandle : public BaseHandle { explicit VertexHandle(int idx = -1) : BaseHandle(idx) {} };
VertexHandle next_vertex(VertexHandle vh, int n_vertices);
bool same_vertex(VertexHandle a, VertexHandle b);
}
//--- v1
#include "Handles.hh"
namespace OpenMesh {
VertexHandle next_vertex(VertexHandle vh, int n_vertices) { return vh.is_valid() && vh.idx() + 1 < n_vertices ? VertexHandle(vh.idx() + 1) : VertexHandle(); }
bool same_vertex(VertexHandle a, VertexHandle b) { return a.idx() == b.idx(); }
}
//--- v2
#include "Handles.hh"
namespace OpenMesh {
VertexHandle next_vertex(VertexHandle vh, int n_vertices) { return vh.is_valid() && vh.idx() + 1 < n_vertices ? VertexHandle(vh.idx() + 1) : VertexHandle(); }
bool same_vertex(VertexHandle a, VertexHandle b) { return a.idx() == b.idx(); }
}
