// expect: breaking
// why: draco::GeometryAttribute::Type ends with the sentinel NAMED_ATTRIBUTES_COUNT, which sizes PointCloud's array
// why: of per-type attribute indices. Draco 1.5 inserts TANGENT, MATERIAL, JOINTS and WEIGHTS before the sentinel:
// why: the old enumerators keep their values, but the array grows from 5 to 9 vectors, so PointCloud (and Mesh,
// why: which derives from it) grows by 96 bytes and num_points_ and faces_ move. Consumers construct meshes
// why: themselves (draco::Mesh mesh; the constructors are exported) and read num_points() inline at the old offset.
// abidiff: 4 agree
//--- v1/mesh.h
#include <array>
#include <cstdint>
#include <vector>
namespace draco {
class GeometryAttribute {
public:
    enum Type { INVALID = -1, POSITION = 0, NORMAL, COLOR, TEX_COORD, GENERIC, NAMED_ATTRIBUTES_COUNT };
};
class PointCloud {
public:
    PointCloud();
    virtual ~PointCloud();
    int NumNamedAttributes(GeometryAttribute::Type type) const;
    int AddAttribute(GeometryAttribute::Type type);
    int32_t num_points() const { return num_points_; }
    void set_num_points(int32_t num) { num_points_ = num; }
private:
    std::vector<int> attributes_;
    std::vector<int32_t> named_attribute_index_[GeometryAttribute::NAMED_ATTRIBUTES_COUNT];
    int32_t num_points_;
};
class Mesh : public PointCloud {
public:
    typedef std::array<uint32_t, 3> Face;
    Mesh();
    void AddFace(const Face &face);
    uint32_t num_faces() const { return static_cast<uint32_t>(faces_.size()); }
private:
    std::vector<Face> faces_;
};
}
//--- v2/mesh.h
#include <array>
#include <cstdint>
#include <vector>
namespace draco {
class GeometryAttribute {
public:
    enum Type { INVALID = -1, POSITION = 0, NORMAL, COLOR, TEX_COORD, GENERIC, TANGENT, MATERIAL, JOINTS, WEIGHTS, NAMED_ATTRIBUTES_COUNT };
};
class PointCloud {
public:
    PointCloud();
    virtual ~PointCloud();
    int NumNamedAttributes(GeometryAttribute::Type type) const;
    int AddAttribute(GeometryAttribute::Type type);
    int32_t num_points() const { return num_points_; }
    void set_num_points(int32_t num) { num_points_ = num; }
private:
    std::vector<int> attributes_;
    std::vector<int32_t> named_attribute_index_[GeometryAttribute::NAMED_ATTRIBUTES_COUNT];
    int32_t num_points_;
};
class Mesh : public PointCloud {
public:
    typedef std::array<uint32_t, 3> Face;
    Mesh();
    void AddFace(const Face &face);
    uint32_t num_faces() const { return static_cast<uint32_t>(faces_.size()); }
private:
    std::vector<Face> faces_;
};
}
//--- lib.cc
#include "mesh.h"
namespace draco {
PointCloud::PointCloud() : num_points_(0) {}
PointCloud::~PointCloud() {}
int PointCloud::NumNamedAttributes(GeometryAttribute::Type type) const {
    if (type == GeometryAttribute::INVALID || type >= GeometryAttribute::NAMED_ATTRIBUTES_COUNT) return 0;
    return static_cast<int>(named_attribute_index_[type].size());
}
int PointCloud::AddAttribute(GeometryAttribute::Type type) {
    int id = static_cast<int>(attributes_.size());
    attributes_.push_back(type);
    if (type != GeometryAttribute::INVALID && type < GeometryAttribute::NAMED_ATTRIBUTES_COUNT) named_attribute_index_[type].push_back(id);
    return id;
}
Mesh::Mesh() {}
void Mesh::AddFace(const Face &face) { faces_.push_back(face); }
}
