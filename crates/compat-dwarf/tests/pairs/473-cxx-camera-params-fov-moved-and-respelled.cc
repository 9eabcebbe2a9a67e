// expect: breaking
// why: CameraParams is a plain struct the caller fills and passes by const reference to the exported constructor
// why: Camera::Camera(const CameraParams &). v2 moves fov from the first member to the last and spells width and
// why: height std::int32_t: width and height move from bytes 4 and 8 to 0 and 4 and fov from 0 to 8, so the
// why: library reads an old caller's width as the height and its fov bits as an int. The report must say fov moved
// why: although its neighbours' spelling changed too.
// message: moved
// abidiff: 4 agree
//--- v1/camera.h
struct CameraParams { float fov; int width; int height; };
class Camera {
public:
  explicit Camera(const CameraParams &p);
  float aspect() const;
private:
  CameraParams p_;
};
//--- v2/camera.h
#include <cstdint>
struct CameraParams { std::int32_t width; std::int32_t height; float fov; };
class Camera {
public:
  explicit Camera(const CameraParams &p);
  float aspect() const;
private:
  CameraParams p_;
};
//--- v1
#include "camera.h"
Camera::Camera(const CameraParams &p) : p_(p) { if (p_.fov <= 0) p_.fov = 60.0f; }
float Camera::aspect() const { return p_.height ? (float)p_.width / (float)p_.height : 1.0f; }
//--- v2
#include "camera.h"
Camera::Camera(const CameraParams &p) : p_(p) { if (p_.fov <= 0) p_.fov = 60.0f; }
float Camera::aspect() const { return p_.height ? (float)p_.width / (float)p_.height : 1.0f; }
