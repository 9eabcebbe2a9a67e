// expect: info
// why: pcl::PointXYZRGB is built by consumers in arrays passed to the exported computeCentroid and meanRed. The
// why: anonymous union holding the colour as four bytes b, g, r, a or as float rgb gains a third view,
// why: std::uint32_t rgba, over the same 4 bytes: the union's size, alignment and offset and every other member are
// why: unchanged, so old binaries' points are read as before; a new way to spell the same bytes.
// abidiff: 0 agree
//--- v1/point_types.h
#include <cstddef>
#include <cstdint>
namespace pcl {
struct PointXYZRGB {
    float x, y, z, pad;
    union {
        struct { std::uint8_t b, g, r, a; };
        float rgb;
    };
    float pad2[3];
};
void computeCentroid(const PointXYZRGB *points, std::size_t n, float out[3]);
std::uint8_t meanRed(const PointXYZRGB *points, std::size_t n);
}
//--- v2/point_types.h
#include <cstddef>
#include <cstdint>
namespace pcl {
struct PointXYZRGB {
    float x, y, z, pad;
    union {
        struct { std::uint8_t b, g, r, a; };
        float rgb;
        std::uint32_t rgba;
    };
    float pad2[3];
};
void computeCentroid(const PointXYZRGB *points, std::size_t n, float out[3]);
std::uint8_t meanRed(const PointXYZRGB *points, std::size_t n);
}
//--- v1
#include "point_types.h"
namespace pcl {
void computeCentroid(const PointXYZRGB *points, std::size_t n, float out[3]) {
    out[0] = out[1] = out[2] = 0.0f;
    for (std::size_t i = 0; i < n; i++) { out[0] += points[i].x; out[1] += points[i].y; out[2] += points[i].z; }
    if (n) for (int k = 0; k < 3; k++) out[k] /= static_cast<float>(n);
}
std::uint8_t meanRed(const PointXYZRGB *points, std::size_t n) { unsigned long sum = 0; for (std::size_t i = 0; i < n; i++) sum += points[i].r; return n ? static_cast<std::uint8_t>(sum / n) : 0; }
}
//--- v2
#include "point_types.h"
namespace pcl {
void computeCentroid(const PointXYZRGB *points, std::size_t n, float out[3]) {
    out[0] = out[1] = out[2] = 0.0f;
    for (std::size_t i = 0; i < n; i++) { out[0] += points[i].x; out[1] += points[i].y; out[2] += points[i].z; }
    if (n) for (int k = 0; k < 3; k++) out[k] /= static_cast<float>(n);
}
std::uint8_t meanRed(const PointXYZRGB *points, std::size_t n) { unsigned long sum = 0; for (std::size_t i = 0; i < n; i++) sum += (points[i].rgba >> 16) & 0xff; return n ? static_cast<std::uint8_t>(sum / n) : 0; }
}
