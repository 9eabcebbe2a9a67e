// expect: none
// why: pcl::PCLPointCloud2 is filled by consumers and passed by const reference to exported conversions. PCL 1.12
// why: spelled its height, width, point_step and row_step, and the results of getPointCount and getRowStep, as
// why: pcl::uindex_t, an alias of std::uint32_t in the default build: the same type, layout and mangled names.
// abidiff: 0 agree
//--- v1/PCLPointCloud2.h
#include <cstdint>
#include <cstddef>
namespace pcl {
struct PCLPointCloud2 {
    std::uint32_t height;
    std::uint32_t width;
    std::uint8_t is_bigendian;
    std::uint32_t point_step;
    std::uint32_t row_step;
    const std::uint8_t *data;
    std::size_t data_size;
};
std::uint32_t getPointCount(const PCLPointCloud2 &cloud);
std::uint32_t getRowStep(const PCLPointCloud2 &cloud, std::uint32_t row);
}
//--- v2/PCLPointCloud2.h
#include <cstdint>
#include <cstddef>
namespace pcl {
using index_t = std::int32_t;
using uindex_t = std::uint32_t;
struct PCLPointCloud2 {
    uindex_t height;
    uindex_t width;
    std::uint8_t is_bigendian;
    uindex_t point_step;
    uindex_t row_step;
    const std::uint8_t *data;
    std::size_t data_size;
};
uindex_t getPointCount(const PCLPointCloud2 &cloud);
uindex_t getRowStep(const PCLPointCloud2 &cloud, uindex_t row);
}
//--- v1
#include "PCLPointCloud2.h"
namespace pcl {
std::uint32_t getPointCount(const PCLPointCloud2 &cloud) { return cloud.height * cloud.width; }
std::uint32_t getRowStep(const PCLPointCloud2 &cloud, std::uint32_t row) { return row < cloud.height ? cloud.row_step : 0; }
}
//--- v2
#include "PCLPointCloud2.h"
namespace pcl {
uindex_t getPointCount(const PCLPointCloud2 &cloud) { return cloud.height * cloud.width; }
uindex_t getRowStep(const PCLPointCloud2 &cloud, uindex_t row) { return row < cloud.height ? cloud.row_step : 0; }
}
