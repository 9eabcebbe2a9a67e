// expect: breaking
// why: Foam::label is OpenFOAM's index type; v2 is built with 64-bit labels (WM_LABEL_SIZE=64), so label becomes
// why: int64_t (long) instead of int32_t (int). Every exported function taking a label changes its mangled name
// why: (polyMesh::polyMesh(int, int) becomes polyMesh::polyMesh(long, long), findCell's result and the members nPoints_
// why: and nCells_ widen), so old consumers' references to the int versions no longer resolve, and the class consumers
// why: construct grows from 8 to 16 bytes.
// abidiff: 12 agree
//--- v1/label.H
#include <cstdint>
namespace Foam { typedef int32_t label; }
//--- v2/label.H
#include <cstdint>
namespace Foam { typedef int64_t label; }
//--- polyMesh.H
#include "label.H"
namespace Foam {
struct point { double x, y, z; };
class polyMesh {
public:
    polyMesh(label nPoints, label nCells);
    label nCells() const { return nCells_; }
    label nPoints() const { return nPoints_; }
    label findCell(const point &p) const;
    bool checkCell(label celli) const;
private:
    label nPoints_;
    label nCells_;
};
}
//--- v1
#include "polyMesh.H"
namespace Foam {
polyMesh::polyMesh(label nPoints, label nCells) : nPoints_(nPoints), nCells_(nCells) {}
label polyMesh::findCell(const point &p) const { if (nCells_ <= 0) return -1; label c = static_cast<label>((p.x + p.y + p.z) * 1000); return c < 0 ? -1 : c % nCells_; }
bool polyMesh::checkCell(label celli) const { return celli >= 0 && celli < nCells_; }
}
//--- v2
#include "polyMesh.H"
namespace Foam {
polyMesh::polyMesh(label nPoints, label nCells) : nPoints_(nPoints), nCells_(nCells) {}
label polyMesh::findCell(const point &p) const { if (nCells_ <= 0) return -1; label c = static_cast<label>((p.x + p.y + p.z) * 1000); return c < 0 ? -1 : c % nCells_; }
bool polyMesh::checkCell(label celli) const { return celli >= 0 && celli < nCells_; }
}
