// expect: info
// why: Open3D adds an overload of io::ReadPointCloud that reads from a memory buffer with a format name, beside the
// why: one that reads a file. The existing function keeps its mangled name and PointCloud its layout; an added
// why: symbol breaks no binary built against v1, and v2 needs no newer libstdc++ or glibc version than v1 did.
// abidiff: 4 disagree: abidiff reports the added function; nothing old binaries use changed.
//--- v1/PointCloudIO.h
#include <string>
#include <vector>
namespace open3d { namespace geometry {
class PointCloud {
public:
    PointCloud();
    ~PointCloud();
    bool HasPoints() const { return !points_.empty(); }
    std::vector<double> points_;
};
}
namespace io {
bool ReadPointCloud(const std::string &filename, geometry::PointCloud &pointcloud, bool remove_nan_points);
} }
//--- v2/PointCloudIO.h
#include <string>
#include <vector>
namespace open3d { namespace geometry {
class PointCloud {
public:
    PointCloud();
    ~PointCloud();
    bool HasPoints() const { return !points_.empty(); }
    std::vector<double> points_;
};
}
namespace io {
bool ReadPointCloud(const std::string &filename, geometry::PointCloud &pointcloud, bool remove_nan_points);
bool ReadPointCloud(const unsigned char *buffer, const size_t length, geometry::PointCloud &pointcloud, const char *format);
} }
//--- v1
#include <cmath>
#include "PointCloudIO.h"
namespace open3d { namespace geometry {
PointCloud::PointCloud() {}
PointCloud::~PointCloud() {}
}
namespace io {
bool ReadPointCloud(const std::string &filename, geometry::PointCloud &pointcloud, bool remove_nan_points) {
    if (filename.empty()) return false;
    pointcloud.points_.assign({0.0, 1.0, NAN, 2.0});
    if (remove_nan_points) for (auto &p : pointcloud.points_) if (std::isnan(p)) p = 0.0;
    return true;
}
} }
//--- v2
#include <cmath>
#include "PointCloudIO.h"
namespace open3d { namespace geometry {
PointCloud::PointCloud() {}
PointCloud::~PointCloud() {}
}
namespace io {
bool ReadPointCloud(const std::string &filename, geometry::PointCloud &pointcloud, bool remove_nan_points) {
    if (filename.empty()) return false;
    pointcloud.points_.assign({0.0, 1.0, NAN, 2.0});
    if (remove_nan_points) for (auto &p : pointcloud.points_) if (std::isnan(p)) p = 0.0;
    return true;
}
bool ReadPointCloud(const unsigned char *buffer, const size_t length, geometry::PointCloud &pointcloud, const char *format) {
    if (!buffer || length % sizeof(double) != 0 || !format || __builtin_strcmp(format, "xyz") != 0) return false;
    pointcloud.points_.clear();
    for (size_t i = 0; i + sizeof(double) <= length; i += sizeof(double)) { double d; __builtin_memcpy(&d, buffer + i, sizeof d); pointcloud.points_.push_back(d); }
    return true;
}
} }
