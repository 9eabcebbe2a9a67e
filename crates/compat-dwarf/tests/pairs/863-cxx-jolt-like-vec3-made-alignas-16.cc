// expect: breaking
// why: JPH::RayCast, which callers build and pass by const reference to NarrowPhaseQuery::CastRay, holds two Vec3.
// why: v2 makes Vec3 a 16-byte SIMD value (alignas(16), a fourth float kept equal to z): Vec3 grows from 12 to 16
// why: bytes, mDirection moves from offset 12 to 16 and RayCast from 24 to 32 bytes, so v2 reads an old caller's
// why: direction from the wrong offset and past the end of its object.
// abidiff: 4 agree
//--- v1/Vec3.h
namespace JPH {
class Vec3 {
public:
    Vec3() = default;
    Vec3(float inX, float inY, float inZ) : mF32{inX, inY, inZ} {}
    float GetX() const { return mF32[0]; }
    float GetY() const { return mF32[1]; }
    float GetZ() const { return mF32[2]; }
    float mF32[3];
};
struct RayCast { Vec3 mOrigin; Vec3 mDirection; };
class NarrowPhaseQuery {
public:
    NarrowPhaseQuery();
    bool CastRay(const RayCast &inRay, float &outFraction) const;
private:
    float mGroundHeight;
};
}
//--- v2/Vec3.h
namespace JPH {
class alignas(16) Vec3 {
public:
    Vec3() = default;
    Vec3(float inX, float inY, float inZ) : mF32{inX, inY, inZ, inZ} {}
    float GetX() const { return mF32[0]; }
    float GetY() const { return mF32[1]; }
    float GetZ() const { return mF32[2]; }
    float mF32[4];
};
struct RayCast { Vec3 mOrigin; Vec3 mDirection; };
class NarrowPhaseQuery {
public:
    NarrowPhaseQuery();
    bool CastRay(const RayCast &inRay, float &outFraction) const;
private:
    float mGroundHeight;
};
}
//--- v1
#include "Vec3.h"
namespace JPH {
NarrowPhaseQuery::NarrowPhaseQuery() : mGroundHeight(0.0f) {}
bool NarrowPhaseQuery::CastRay(const RayCast &inRay, float &outFraction) const {
    float dy = inRay.mDirection.GetY();
    if (dy >= 0.0f) return false;
    float t = (mGroundHeight - inRay.mOrigin.GetY()) / dy;
    if (t < 0.0f || t > 1.0f) return false;
    outFraction = t; return true;
}
}
//--- v2
#include "Vec3.h"
namespace JPH {
NarrowPhaseQuery::NarrowPhaseQuery() : mGroundHeight(0.0f) {}
bool NarrowPhaseQuery::CastRay(const RayCast &inRay, float &outFraction) const {
    float dy = inRay.mDirection.GetY();
    if (dy >= 0.0f) return false;
    float t = (mGroundHeight - inRay.mOrigin.GetY()) / dy;
    if (t < 0.0f || t > 1.0f) return false;
    outFraction = t; return true;
}
}
