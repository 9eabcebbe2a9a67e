// expect: breaking
// why: Vec4 (four floats) becomes alignas(16): its size stays 16 but its alignment goes from 4 to 16, so in
// why: Particle, which callers allocate and pass to integrate(Particle &), pos moves from byte 4 to byte 16 and
// why: Particle grows from 20 to 32 bytes: the library reads an old caller's pos at the wrong offset and writes
// why: past its object.
// abidiff: 4 agree
//--- v1/geom.h
struct Vec4 { float x, y, z, w; };
struct Particle { float mass; Vec4 pos; };
void integrate(Particle &p, float dt);
//--- v2/geom.h
struct alignas(16) Vec4 { float x, y, z, w; };
struct Particle { float mass; Vec4 pos; };
void integrate(Particle &p, float dt);
//--- v1
#include "geom.h"
void integrate(Particle &p, float dt) { p.pos.x += dt / p.mass; p.pos.w = 1; }
//--- v2
#include "geom.h"
void integrate(Particle &p, float dt) { p.pos.x += dt / p.mass; p.pos.w = 1; }
