// expect: info
// why: tgui::Transform, a 4x4 matrix returned and taken by value and built by consumers, stores its elements in a
// why: private float m_matrix[16]; v2 makes it std::array<float, 16>. That is the same 64 bytes of 16 floats at offset
// why: 0 with the same alignment, the class stays trivially copyable (so it is still passed and returned in memory,
// why: never through a hidden-reference copy), and no mangled name mentions the member: binaries are unaffected. The
// why: member's type is another type of the same representation, which a reader of the change should see.
// abidiff: 4 disagree: std::array<float, 16> has float[16]'s layout; the class keeps its size, triviality and symbols
//--- v1/Transform.hpp
namespace tgui {
struct Vector2f { float x, y; };
class Transform {
public:
    Transform();
    Transform(float a00, float a01, float a02, float a10, float a11, float a12, float a20, float a21, float a22);
    const float *getMatrix() const;
    Transform getInverse() const;
    Vector2f transformPoint(const Vector2f &point) const;
    Transform &combine(const Transform &other);
    Transform &translate(const Vector2f &offset);
private:
    float m_matrix[16];
};
}
//--- v2/Transform.hpp
#include <array>
namespace tgui {
struct Vector2f { float x, y; };
class Transform {
public:
    Transform();
    Transform(float a00, float a01, float a02, float a10, float a11, float a12, float a20, float a21, float a22);
    const float *getMatrix() const;
    Transform getInverse() const;
    Vector2f transformPoint(const Vector2f &point) const;
    Transform &combine(const Transform &other);
    Transform &translate(const Vector2f &offset);
private:
    std::array<float, 16> m_matrix;
};
}
//--- v1
#include "Transform.hpp"
namespace tgui {
Transform::Transform() : Transform(1, 0, 0, 0, 1, 0, 0, 0, 1) {}
Transform::Transform(float a00, float a01, float a02, float a10, float a11, float a12, float a20, float a21, float a22)
    : m_matrix{a00, a10, 0, a20, a01, a11, 0, a21, 0, 0, 1, 0, a02, a12, 0, a22} {}
const float *Transform::getMatrix() const { return m_matrix; }
Transform Transform::getInverse() const {
    const float *m = m_matrix;
    float det = m[0] * (m[15] * m[5] - m[7] * m[13]) - m[1] * (m[15] * m[4] - m[7] * m[12]) + m[3] * (m[13] * m[4] - m[5] * m[12]);
    if (det == 0.f) return Transform();
    return Transform((m[15] * m[5] - m[7] * m[13]) / det, -(m[15] * m[4] - m[7] * m[12]) / det, (m[13] * m[4] - m[5] * m[12]) / det,
                     -(m[15] * m[1] - m[3] * m[13]) / det, (m[15] * m[0] - m[3] * m[12]) / det, -(m[13] * m[0] - m[1] * m[12]) / det,
                     (m[7] * m[1] - m[3] * m[5]) / det, -(m[7] * m[0] - m[3] * m[4]) / det, (m[5] * m[0] - m[1] * m[4]) / det);
}
Vector2f Transform::transformPoint(const Vector2f &p) const { return {m_matrix[0] * p.x + m_matrix[4] * p.y + m_matrix[12], m_matrix[1] * p.x + m_matrix[5] * p.y + m_matrix[13]}; }
Transform &Transform::combine(const Transform &o) {
    const float *a = m_matrix, *b = o.m_matrix;
    *this = Transform(a[0] * b[0] + a[4] * b[1] + a[12] * b[3], a[0] * b[4] + a[4] * b[5] + a[12] * b[7], a[0] * b[12] + a[4] * b[13] + a[12] * b[15],
                      a[1] * b[0] + a[5] * b[1] + a[13] * b[3], a[1] * b[4] + a[5] * b[5] + a[13] * b[7], a[1] * b[12] + a[5] * b[13] + a[13] * b[15],
                      a[3] * b[0] + a[7] * b[1] + a[15] * b[3], a[3] * b[4] + a[7] * b[5] + a[15] * b[7], a[3] * b[12] + a[7] * b[13] + a[15] * b[15]);
    return *this;
}
Transform &Transform::translate(const Vector2f &o) { return combine(Transform(1, 0, o.x, 0, 1, o.y, 0, 0, 1)); }
}
//--- v2
#include "Transform.hpp"
namespace tgui {
Transform::Transform() : Transform(1, 0, 0, 0, 1, 0, 0, 0, 1) {}
Transform::Transform(float a00, float a01, float a02, float a10, float a11, float a12, float a20, float a21, float a22)
    : m_matrix{a00, a10, 0, a20, a01, a11, 0, a21, 0, 0, 1, 0, a02, a12, 0, a22} {}
const float *Transform::getMatrix() const { return m_matrix.data(); }
Transform Transform::getInverse() const {
    const float *m = m_matrix.data();
    float det = m[0] * (m[15] * m[5] - m[7] * m[13]) - m[1] * (m[15] * m[4] - m[7] * m[12]) + m[3] * (m[13] * m[4] - m[5] * m[12]);
    if (det == 0.f) return Transform();
    return Transform((m[15] * m[5] - m[7] * m[13]) / det, -(m[15] * m[4] - m[7] * m[12]) / det, (m[13] * m[4] - m[5] * m[12]) / det,
                     -(m[15] * m[1] - m[3] * m[13]) / det, (m[15] * m[0] - m[3] * m[12]) / det, -(m[13] * m[0] - m[1] * m[12]) / det,
                     (m[7] * m[1] - m[3] * m[5]) / det, -(m[7] * m[0] - m[3] * m[4]) / det, (m[5] * m[0] - m[1] * m[4]) / det);
}
Vector2f Transform::transformPoint(const Vector2f &p) const { return {m_matrix[0] * p.x + m_matrix[4] * p.y + m_matrix[12], m_matrix[1] * p.x + m_matrix[5] * p.y + m_matrix[13]}; }
Transform &Transform::combine(const Transform &o) {
    const float *a = m_matrix.data(), *b = o.m_matrix.data();
    *this = Transform(a[0] * b[0] + a[4] * b[1] + a[12] * b[3], a[0] * b[4] + a[4] * b[5] + a[12] * b[7], a[0] * b[12] + a[4] * b[13] + a[12] * b[15],
                      a[1] * b[0] + a[5] * b[1] + a[13] * b[3], a[1] * b[4] + a[5] * b[5] + a[13] * b[7], a[1] * b[12] + a[5] * b[13] + a[13] * b[15],
                      a[3] * b[0] + a[7] * b[1] + a[15] * b[3], a[3] * b[4] + a[7] * b[5] + a[15] * b[7], a[3] * b[12] + a[7] * b[13] + a[15] * b[15]);
    return *this;
}
Transform &Transform::translate(const Vector2f &o) { return combine(Transform(1, 0, o.x, 0, 1, o.y, 0, 0, 1)); }
}
