// expect: warning
// why: reactphysics3d::RaycastInfo is allocated by consumers (RaycastInfo info; body.raycast(ray, info)) and filled by
// why: the exported CollisionBody::raycast. ReactPhysics3D 0.9 makes its meshSubpart and triangleIndex members uint32
// why: instead of int. Same size and offsets, and the inline constructor still stores the bits of -1, but the members
// why: flip from signed to unsigned: old code testing triangleIndex < 0 for "no triangle" now compares a value v2 means
// why: as 4294967295.
// abidiff: 4 agree
//--- v1/RaycastInfo.h
namespace reactphysics3d {
using decimal = float;
struct Vector3 { decimal x, y, z; };
struct Ray { Vector3 point1; Vector3 point2; decimal maxFraction; };
class CollisionBody;
struct RaycastInfo {
    Vector3 worldPoint;
    Vector3 worldNormal;
    decimal hitFraction;
    int meshSubpart;
    int triangleIndex;
    CollisionBody *body;
    RaycastInfo() : worldPoint{0, 0, 0}, worldNormal{0, 0, 0}, hitFraction(0), meshSubpart(-1), triangleIndex(-1), body(nullptr) {}
};
class CollisionBody {
public:
    explicit CollisionBody(const Vector3 &center, decimal radius);
    bool raycast(const Ray &ray, RaycastInfo &raycastInfo);
private:
    Vector3 center_;
    decimal radius_;
};
}
//--- v2/RaycastInfo.h
#include <cstdint>
namespace reactphysics3d {
using decimal = float;
using uint32 = std::uint32_t;
struct Vector3 { decimal x, y, z; };
struct Ray { Vector3 point1; Vector3 point2; decimal maxFraction; };
class CollisionBody;
struct RaycastInfo {
    Vector3 worldPoint;
    Vector3 worldNormal;
    decimal hitFraction;
    uint32 meshSubpart;
    uint32 triangleIndex;
    CollisionBody *body;
    RaycastInfo() : worldPoint{0, 0, 0}, worldNormal{0, 0, 0}, hitFraction(0), meshSubpart(-1), triangleIndex(-1), body(nullptr) {}
};
class CollisionBody {
public:
    explicit CollisionBody(const Vector3 &center, decimal radius);
    bool raycast(const Ray &ray, RaycastInfo &raycastInfo);
private:
    Vector3 center_;
    decimal radius_;
};
}
//--- v1
#include <cmath>
#include "RaycastInfo.h"
namespace reactphysics3d {
CollisionBody::CollisionBody(const Vector3 &center, decimal radius) : center_(center), radius_(radius) {}
bool CollisionBody::raycast(const Ray &ray, RaycastInfo &info) {
    Vector3 d{ray.point2.x - ray.point1.x, ray.point2.y - ray.point1.y, ray.point2.z - ray.point1.z};
    Vector3 m{ray.point1.x - center_.x, ray.point1.y - center_.y, ray.point1.z - center_.z};
    decimal a = d.x * d.x + d.y * d.y + d.z * d.z, b = m.x * d.x + m.y * d.y + m.z * d.z, c = m.x * m.x + m.y * m.y + m.z * m.z - radius_ * radius_;
    decimal disc = b * b - a * c;
    if (a == 0 || disc < 0) return false;
    decimal t = (-b - std::sqrt(disc)) / a;
    if (t < 0 || t > ray.maxFraction) return false;
    info.hitFraction = t;
    info.worldPoint = Vector3{ray.point1.x + t * d.x, ray.point1.y + t * d.y, ray.point1.z + t * d.z};
    info.worldNormal = Vector3{(info.worldPoint.x - center_.x) / radius_, (info.worldPoint.y - center_.y) / radius_, (info.worldPoint.z - center_.z) / radius_};
    info.meshSubpart = -1; info.triangleIndex = -1; info.body = this;
    return true;
}
}
//--- v2
#include <cmath>
#include "RaycastInfo.h"
namespace reactphysics3d {
CollisionBody::CollisionBody(const Vector3 &center, decimal radius) : center_(center), radius_(radius) {}
bool CollisionBody::raycast(const Ray &ray, RaycastInfo &info) {
    Vector3 d{ray.point2.x - ray.point1.x, ray.point2.y - ray.point1.y, ray.point2.z - ray.point1.z};
    Vector3 m{ray.point1.x - center_.x, ray.point1.y - center_.y, ray.point1.z - center_.z};
    decimal a = d.x * d.x + d.y * d.y + d.z * d.z, b = m.x * d.x + m.y * d.y + m.z * d.z, c = m.x * m.x + m.y * m.y + m.z * m.z - radius_ * radius_;
    decimal disc = b * b - a * c;
    if (a == 0 || disc < 0) return false;
    decimal t = (-b - std::sqrt(disc)) / a;
    if (t < 0 || t > ray.maxFraction) return false;
    info.hitFraction = t;
    info.worldPoint = Vector3{ray.point1.x + t * d.x, ray.point1.y + t * d.y, ray.point1.z + t * d.z};
    info.worldNormal = Vector3{(info.worldPoint.x - center_.x) / radius_, (info.worldPoint.y - center_.y) / radius_, (info.worldPoint.z - center_.z) / radius_};
    info.meshSubpart = static_cast<uint32>(-1); info.triangleIndex = static_cast<uint32>(-1); info.body = this;
    return true;
}
}
