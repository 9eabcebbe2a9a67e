// expect: info
// why: openvdb::math::Coord is a trivially copyable value class returned by value and passed by reference; v2
// why: replaces its int32_t mVec[3] by std::array<int32_t, 3>: the same twelve bytes at the same offsets, the same
// why: alignment, triviality and register classes, and no mangled name mentions the member (as in 211).
// abidiff: 4 disagree: abidiff reports the member's type changed; the three ints keep their offsets and Coord its layout.
//--- v1/Coord.h
#include <cstdint>
namespace openvdb { namespace math {
class Coord {
public:
  Coord(std::int32_t x, std::int32_t y, std::int32_t z) { mVec[0] = x; mVec[1] = y; mVec[2] = z; }
  std::int32_t x() const { return mVec[0]; }
  std::int32_t y() const { return mVec[1]; }
  std::int32_t z() const { return mVec[2]; }
  Coord offsetBy(std::int32_t n) const;
private:
  std::int32_t mVec[3];
};
std::int64_t volume(const Coord &min, const Coord &max);
} }
//--- v2/Coord.h
#include <array>
#include <cstdint>
namespace openvdb { namespace math {
class Coord {
public:
  Coord(std::int32_t x, std::int32_t y, std::int32_t z) : mVec{{x, y, z}} {}
  std::int32_t x() const { return mVec[0]; }
  std::int32_t y() const { return mVec[1]; }
  std::int32_t z() const { return mVec[2]; }
  Coord offsetBy(std::int32_t n) const;
private:
  std::array<std::int32_t, 3> mVec;
};
std::int64_t volume(const Coord &min, const Coord &max);
} }
//--- v1
#include "Coord.h"
namespace openvdb { namespace math {
Coord Coord::offsetBy(std::int32_t n) const { return Coord(mVec[0] + n, mVec[1] + n, mVec[2] + n); }
std::int64_t volume(const Coord &a, const Coord &b) { return std::int64_t(b.x() - a.x() + 1) * (b.y() - a.y() + 1) * (b.z() - a.z() + 1); }
} }
//--- v2
#include "Coord.h"
namespace openvdb { namespace math {
Coord Coord::offsetBy(std::int32_t n) const { return Coord(mVec[0] + n, mVec[1] + n, mVec[2] + n); }
std::int64_t volume(const Coord &a, const Coord &b) { return std::int64_t(b.x() - a.x() + 1) * (b.y() - a.y() + 1) * (b.z() - a.z() + 1); }
} }
