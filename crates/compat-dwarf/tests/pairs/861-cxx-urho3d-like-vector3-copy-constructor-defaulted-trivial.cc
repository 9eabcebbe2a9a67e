// expect: breaking
// why: Urho3D::Vector3 (three floats) had an inline user-provided copy constructor, which makes it non-trivial for
// why: calls: Node::GetWorldPosition returned it through a hidden pointer and Node::Translate took it by invisible
// why: reference. v2 defaults the copy constructor and assignment (= default), so the class becomes trivially copyable
// why: and the same 12 bytes travel in xmm0 and xmm1: old callers pass a pointer where v2 reads floats, and v2 returns
// why: in registers what old callers expect in their buffer. Same mangled names, different calling convention.
// abidiff: 0 disagree: abidiff sees the same members and sizes and does not compare whether the class is trivial for calls, which moves the result and the argument between memory and registers.
//--- v1/Vector3.h
namespace Urho3D {
class Vector3 {
public:
    Vector3() noexcept : x_(0), y_(0), z_(0) {}
    Vector3(float x, float y, float z) noexcept : x_(x), y_(y), z_(z) {}
    Vector3(const Vector3 &vector) noexcept : x_(vector.x_), y_(vector.y_), z_(vector.z_) {}
    Vector3 &operator=(const Vector3 &rhs) noexcept { x_ = rhs.x_; y_ = rhs.y_; z_ = rhs.z_; return *this; }
    float x_, y_, z_;
};
class Node {
public:
    Node();
    virtual ~Node();
    Vector3 GetWorldPosition() const;
    void Translate(Vector3 delta);
private:
    Vector3 position_;
};
}
//--- v2/Vector3.h
namespace Urho3D {
class Vector3 {
public:
    Vector3() noexcept : x_(0), y_(0), z_(0) {}
    Vector3(float x, float y, float z) noexcept : x_(x), y_(y), z_(z) {}
    Vector3(const Vector3 &vector) noexcept = default;
    Vector3 &operator=(const Vector3 &rhs) noexcept = default;
    float x_, y_, z_;
};
class Node {
public:
    Node();
    virtual ~Node();
    Vector3 GetWorldPosition() const;
    void Translate(Vector3 delta);
private:
    Vector3 position_;
};
}
//--- v1
#include "Vector3.h"
namespace Urho3D {
Node::Node() : position_(0, 0, 0) {}
Node::~Node() {}
Vector3 Node::GetWorldPosition() const { return position_; }
void Node::Translate(Vector3 delta) { position_.x_ += delta.x_; position_.y_ += delta.y_; position_.z_ += delta.z_; }
}
//--- v2
#include "Vector3.h"
namespace Urho3D {
Node::Node() : position_(0, 0, 0) {}
Node::~Node() {}
Vector3 Node::GetWorldPosition() const { return position_; }
void Node::Translate(Vector3 delta) { position_.x_ += delta.x_; position_.y_ += delta.y_; position_.z_ += delta.z_; }
}
