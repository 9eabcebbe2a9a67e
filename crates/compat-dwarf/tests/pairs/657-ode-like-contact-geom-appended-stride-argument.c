// expect: breaking
// why: dCollide writes contacts into an array the caller allocates (dContactGeom *contact), stepping by the
// why: caller's skip (usually sizeof(dContact), which embeds a dContactGeom), no export hands one out. v2
// why: appends int side1, side2 to dContactGeom: the stride is the caller's, but each contact the library writes
// why: is now 8 bytes longer than the old element, overwriting the next member of the caller's dContact or
// why: the end of its array.
// abidiff: 4 agree
//--- v1/collision.h
typedef double dReal;
typedef struct dxGeom *dGeomID;
typedef struct dContactGeom { dReal pos[4]; dReal normal[4]; dReal depth; dGeomID g1, g2; } dContactGeom;
int dCollide(dGeomID o1, dGeomID o2, int flags, dContactGeom *contact, int skip);
//--- v2/collision.h
typedef double dReal;
typedef struct dxGeom *dGeomID;
typedef struct dContactGeom { dReal pos[4]; dReal normal[4]; dReal depth; dGeomID g1, g2; int side1, side2; } dContactGeom;
int dCollide(dGeomID o1, dGeomID o2, int flags, dContactGeom *contact, int skip);
//--- v1
#include "collision.h"
int dCollide(dGeomID o1, dGeomID o2, int flags, dContactGeom *contact, int skip) { int n = flags & 0xffff; for (int i = 0; i < n; i++) { dContactGeom *c = (dContactGeom *)((char *)contact + i * skip); c->depth = 0.5; c->g1 = o1; c->g2 = o2; } return n; }
//--- v2
#include "collision.h"
int dCollide(dGeomID o1, dGeomID o2, int flags, dContactGeom *contact, int skip) { int n = flags & 0xffff; for (int i = 0; i < n; i++) { dContactGeom *c = (dContactGeom *)((char *)contact + i * skip); c->depth = 0.5; c->g1 = o1; c->g2 = o2; c->side1 = -1; c->side2 = -1; } return n; }
