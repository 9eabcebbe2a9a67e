// expect: warning
// why: The point-cloud message struct is filled by consumers and passed by const reference to the exported
// why: publish_cloud and validate_cloud. v2 declares is_bigendian and is_dense as bool instead of std::uint8_t (as
// why: sensor_msgs/PointCloud2 does): one byte at the same offset, but old binaries may store any byte (they copy
// why: 255 from parsed headers), which is not a valid bool for code compiled against v2.
// abidiff: 4 agree
//--- v1/point_cloud2.h
#include <cstdint>
#include <cstddef>
namespace sensor_msgs { namespace msg {
struct PointCloud2 {
    std::uint32_t height;
    std::uint32_t width;
    std::uint8_t is_bigendian;
    std::uint32_t point_step;
    std::uint32_t row_step;
    const std::uint8_t *data;
    std::size_t data_size;
    std::uint8_t is_dense;
};
} }
namespace ros2_cloud {
int publish_cloud(const char *topic, const sensor_msgs::msg::PointCloud2 &cloud);
bool validate_cloud(const sensor_msgs::msg::PointCloud2 &cloud);
}
//--- v2/point_cloud2.h
#include <cstdint>
#include <cstddef>
namespace sensor_msgs { namespace msg {
struct PointCloud2 {
    std::uint32_t height;
    std::uint32_t width;
    bool is_bigendian;
    std::uint32_t point_step;
    std::uint32_t row_step;
    const std::uint8_t *data;
    std::size_t data_size;
    bool is_dense;
};
} }
namespace ros2_cloud {
int publish_cloud(const char *topic, const sensor_msgs::msg::PointCloud2 &cloud);
bool validate_cloud(const sensor_msgs::msg::PointCloud2 &cloud);
}
//--- v1
#include "point_cloud2.h"
namespace ros2_cloud {
bool validate_cloud(const sensor_msgs::msg::PointCloud2 &c) { return c.data_size >= static_cast<std::size_t>(c.row_step) * c.height && (c.is_dense != 0 || c.data != nullptr); }
int publish_cloud(const char *topic, const sensor_msgs::msg::PointCloud2 &c) { return topic && validate_cloud(c) ? (c.is_bigendian ? 2 : 1) : -1; }
}
//--- v2
#include "point_cloud2.h"
namespace ros2_cloud {
bool validate_cloud(const sensor_msgs::msg::PointCloud2 &c) { return c.data_size >= static_cast<std::size_t>(c.row_step) * c.height && (c.is_dense || c.data != nullptr); }
int publish_cloud(const char *topic, const sensor_msgs::msg::PointCloud2 &c) { return topic && validate_cloud(c) ? (c.is_bigendian ? 2 : 1) : -1; }
}
