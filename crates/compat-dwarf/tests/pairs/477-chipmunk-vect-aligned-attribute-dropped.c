// expect: breaking
// why: struct particle is caller-allocated in arrays (struct particle ps[N]; psys_step(ps, N, dt)) and embeds
// why: struct vec4 by value. v1 declares vec4 __attribute__((aligned(16))); v2 drops the attribute: vec4 stays 16
// why: bytes but particle shrinks from 48 bytes (vel at 16, mass at 32, padded to 48) to 36 (mass at 32, no
// why: padding), so the library walks an old caller's array with the wrong stride.
// abidiff: 4 agree
//--- v1/psys.h
struct __attribute__((aligned(16))) vec4 { float x, y, z, w; };
struct particle { struct vec4 pos; struct vec4 vel; float mass; };
void psys_step(struct particle *ps, int n, float dt);
//--- v2/psys.h
struct vec4 { float x, y, z, w; };
struct particle { struct vec4 pos; struct vec4 vel; float mass; };
void psys_step(struct particle *ps, int n, float dt);
//--- v1
#include "psys.h"
void psys_step(struct particle *ps, int n, float dt) {
  for (int i = 0; i < n; i++) {
    if (ps[i].mass <= 0) continue;
    ps[i].pos.x += ps[i].vel.x * dt; ps[i].pos.y += ps[i].vel.y * dt; ps[i].pos.z += ps[i].vel.z * dt;
    ps[i].vel.y -= 9.81f * dt;
  }
}
//--- v2
#include "psys.h"
void psys_step(struct particle *ps, int n, float dt) {
  for (int i = 0; i < n; i++) {
    if (ps[i].mass <= 0) continue;
    ps[i].pos.x += ps[i].vel.x * dt; ps[i].pos.y += ps[i].vel.y * dt; ps[i].pos.z += ps[i].vel.z * dt;
    ps[i].vel.y -= 9.81f * dt;
  }
}
