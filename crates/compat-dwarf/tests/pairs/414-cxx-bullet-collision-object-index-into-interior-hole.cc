// expect: info
// why: btCollisionObject (and btRigidBody, derived from it) are allocated by consumers (new btRigidBody(mass,
// why: shape)) and built by the exported constructors. v2 adds int m_userIndex2 next to m_internalType, as Bullet
// why: 2.83 added user indices: it takes the 4-byte hole between m_internalType (byte 16) and m_userObjectPointer
// why: (byte 24), so every member keeps its offset and btCollisionObject its 48 bytes (none of them tail padding, so
// why: btRigidBody's m_inverseMass stays at byte 48) and its vtable. The library only writes the new member, in the
// why: exported constructor; only new consumers read it, through inline accessors. Old binaries' objects have the
// why: storage and never look at it: a member added into padding the library alone writes (as in 266; unlike 334, no
// why: consumer-inlined constructor leaves it unset for the library to read).
// abidiff: 4 disagree: abidiff reports m_userIndex2 inserted at byte 20; it takes an interior alignment hole that only the library's exported constructor writes, so size, offsets and vtable hold (as in 266).
//--- v1/btCollisionObject.h
class btCollisionShape;
class btCollisionObject {
public:
  btCollisionObject();
  virtual ~btCollisionObject();
  virtual void setCollisionShape(btCollisionShape *collisionShape);
  btCollisionShape *getCollisionShape() const { return m_collisionShape; }
  int getInternalType() const { return m_internalType; }
  void *getUserPointer() const { return m_userObjectPointer; }
  void setUserPointer(void *userPointer) { m_userObjectPointer = userPointer; }
  int getUserIndex() const { return m_userIndex; }
  void setUserIndex(int index) { m_userIndex = index; }
  float getHitFraction() const { return m_hitFraction; }
protected:
  btCollisionShape *m_collisionShape;
  int m_internalType;
  void *m_userObjectPointer;
  int m_userIndex;
  float m_hitFraction;
  float m_ccdMotionThreshold;
  int m_companionId;
};
class btRigidBody : public btCollisionObject {
public:
  btRigidBody(float mass, btCollisionShape *collisionShape);
  ~btRigidBody() override;
  float getInvMass() const { return m_inverseMass; }
protected:
  float m_inverseMass;
};
//--- v2/btCollisionObject.h
class btCollisionShape;
class btCollisionObject {
public:
  btCollisionObject();
  virtual ~btCollisionObject();
  virtual void setCollisionShape(btCollisionShape *collisionShape);
  btCollisionShape *getCollisionShape() const { return m_collisionShape; }
  int getInternalType() const { return m_internalType; }
  void *getUserPointer() const { return m_userObjectPointer; }
  void setUserPointer(void *userPointer) { m_userObjectPointer = userPointer; }
  int getUserIndex() const { return m_userIndex; }
  void setUserIndex(int index) { m_userIndex = index; }
  int getUserIndex2() const { return m_userIndex2; }
  void setUserIndex2(int index) { m_userIndex2 = index; }
  float getHitFraction() const { return m_hitFraction; }
protected:
  btCollisionShape *m_collisionShape;
  int m_internalType;
  int m_userIndex2;
  void *m_userObjectPointer;
  int m_userIndex;
  float m_hitFraction;
  float m_ccdMotionThreshold;
  int m_companionId;
};
class btRigidBody : public btCollisionObject {
public:
  btRigidBody(float mass, btCollisionShape *collisionShape);
  ~btRigidBody() override;
  float getInvMass() const { return m_inverseMass; }
protected:
  float m_inverseMass;
};
//--- v1
#include "btCollisionObject.h"
btCollisionObject::btCollisionObject()
  : m_collisionShape(nullptr), m_internalType(1), m_userObjectPointer(nullptr), m_userIndex(-1), m_hitFraction(1.0f), m_ccdMotionThreshold(0.0f), m_companionId(-1) {}
btCollisionObject::~btCollisionObject() {}
void btCollisionObject::setCollisionShape(btCollisionShape *collisionShape) { m_collisionShape = collisionShape; }
btRigidBody::btRigidBody(float mass, btCollisionShape *collisionShape) : m_inverseMass(mass > 0.0f ? 1.0f / mass : 0.0f) { m_internalType = 2; setCollisionShape(collisionShape); }
btRigidBody::~btRigidBody() {}
//--- v2
#include "btCollisionObject.h"
btCollisionObject::btCollisionObject()
  : m_collisionShape(nullptr), m_internalType(1), m_userIndex2(-1), m_userObjectPointer(nullptr), m_userIndex(-1), m_hitFraction(1.0f), m_ccdMotionThreshold(0.0f), m_companionId(-1) {}
btCollisionObject::~btCollisionObject() {}
void btCollisionObject::setCollisionShape(btCollisionShape *collisionShape) { m_collisionShape = collisionShape; }
btRigidBody::btRigidBody(float mass, btCollisionShape *collisionShape) : m_inverseMass(mass > 0.0f ? 1.0f / mass : 0.0f) { m_internalType = 2; setCollisionShape(collisionShape); }
btRigidBody::~btRigidBody() {}
