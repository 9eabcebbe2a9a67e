// expect: info
// why: OpenMesh::BaseHandle (and VertexHandle deriving from it) is a 4-byte value class passed by value to exported
// why: functions. v2 makes its only data member idx_ private instead of protected: layout, triviality, the register
// why: it travels in and every mangled name are unchanged, so binaries are unaffected, but a consumer's handle
// why: subclass that used idx_ directly no longer compiles: an API change a reader should know.
// abidiff: 0 agree
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
    explicit BaseHandle(int idx = -1) : idx_(idx) {}
    int idx() const { return idx_; }
    bool is_valid() const { return idx_ >= 0; }
private:
    int idx_;
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
