// expect: breaking
// why: Box2D 2.4 replaces the body's void *user data with struct b2BodyUserData { uintptr_t pointer; } (8 bytes at
// why: the same offset in b2Body and in the caller-filled b2BodyDef), and b2Body::GetUserData() const, which
// why: returned the stored pointer, now returns const b2BodyUserData &. Return types are not mangled, so
// why: _ZNK6b2Body11GetUserDataEv is still exported and old binaries bind it, but %rax now holds the address of the
// why: member inside the body instead of the user's pointer: every old caller that casts it back to its own object
// why: reads the b2Body. (v2 also adds a non-const overload.)
// abidiff: 4 agree
//--- v1/b2_body.h
struct b2Vec2 { float x, y; };
struct b2BodyDef {
  b2BodyDef() : position{0.0f, 0.0f}, angle(0.0f), userData(nullptr) {}
  b2Vec2 position;
  float angle;
  void *userData;
};
class b2World;
class b2Body {
public:
  const b2Vec2 &GetPosition() const;
  float GetAngle() const;
  void *GetUserData() const;
private:
  friend class b2World;
  explicit b2Body(const b2BodyDef *bd);
  b2Vec2 m_position;
  float m_angle;
  void *m_userData;
};
class b2World {
public:
  explicit b2World(const b2Vec2 &gravity);
  ~b2World();
  b2Body *CreateBody(const b2BodyDef *def);
  int GetBodyCount() const;
private:
  b2Vec2 m_gravity;
  b2Body *m_bodies[16];
  int m_bodyCount;
};
//--- v2/b2_body.h
#include <cstdint>
struct b2Vec2 { float x, y; };
struct b2BodyUserData {
  b2BodyUserData() { pointer = 0; }
  uintptr_t pointer;
};
struct b2BodyDef {
  b2BodyDef() : position{0.0f, 0.0f}, angle(0.0f) {}
  b2Vec2 position;
  float angle;
  b2BodyUserData userData;
};
class b2World;
class b2Body {
public:
  const b2Vec2 &GetPosition() const;
  float GetAngle() const;
  b2BodyUserData &GetUserData();
  const b2BodyUserData &GetUserData() const;
private:
  friend class b2World;
  explicit b2Body(const b2BodyDef *bd);
  b2Vec2 m_position;
  float m_angle;
  b2BodyUserData m_userData;
};
class b2World {
public:
  explicit b2World(const b2Vec2 &gravity);
  ~b2World();
  b2Body *CreateBody(const b2BodyDef *def);
  int GetBodyCount() const;
private:
  b2Vec2 m_gravity;
  b2Body *m_bodies[16];
  int m_bodyCount;
};
//--- v1
#include "b2_body.h"
b2Body::b2Body(const b2BodyDef *bd) : m_position(bd->position), m_angle(bd->angle), m_userData(bd->userData) {}
const b2Vec2 &b2Body::GetPosition() const { return m_position; }
float b2Body::GetAngle() const { return m_angle; }
void *b2Body::GetUserData() const { return m_userData; }
b2World::b2World(const b2Vec2 &gravity) : m_gravity(gravity), m_bodies(), m_bodyCount(0) {}
b2World::~b2World() { for (int i = 0; i < m_bodyCount; i++) delete m_bodies[i]; }
b2Body *b2World::CreateBody(const b2BodyDef *def) { if (m_bodyCount == 16) return nullptr; return m_bodies[m_bodyCount++] = new b2Body(def); }
int b2World::GetBodyCount() const { return m_bodyCount; }
//--- v2
#include "b2_body.h"
b2Body::b2Body(const b2BodyDef *bd) : m_position(bd->position), m_angle(bd->angle), m_userData(bd->userData) {}
const b2Vec2 &b2Body::GetPosition() const { return m_position; }
float b2Body::GetAngle() const { return m_angle; }
b2BodyUserData &b2Body::GetUserData() { return m_userData; }
const b2BodyUserData &b2Body::GetUserData() const { return m_userData; }
b2World::b2World(const b2Vec2 &gravity) : m_gravity(gravity), m_bodies(), m_bodyCount(0) {}
b2World::~b2World() { for (int i = 0; i < m_bodyCount; i++) delete m_bodies[i]; }
b2Body *b2World::CreateBody(const b2BodyDef *def) { if (m_bodyCount == 16) return nullptr; return m_bodies[m_bodyCount++] = new b2Body(def); }
int b2World::GetBodyCount() const { return m_bodyCount; }
