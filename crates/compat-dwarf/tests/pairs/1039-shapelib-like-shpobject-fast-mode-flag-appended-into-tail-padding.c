// expect: info
// why: SHPObject is declared with its members in shapefil.h; the library allocates every one (SHPReadObject,
// why: SHPCreateSimpleObject) and takes them back in SHPWriteObject and SHPDestroyObject. v2 appends int
// why: bFastModeReadObject after int bMeasureIsUsed, into the 4 bytes of tail padding before the struct's 8-byte
// why: alignment: it keeps its 144 bytes and every offset, so even code that copies or embeds one is unaffected, and
// why: the library sets the new member in every object it creates. An addition readers of the API should see.
// abidiff: 4 disagree: the appended member fits in the tail padding; size and offsets of a library-allocated struct hold
//--- v1/shapefil.h
typedef struct SHPInfo *SHPHandle;
typedef struct {
    int nSHPType;
    int nShapeId;
    int nParts;
    int *panPartStart;
    int *panPartType;
    int nVertices;
    double *padfX;
    double *padfY;
    double *padfZ;
    double *padfM;
    double dfXMin, dfYMin, dfZMin, dfMMin;
    double dfXMax, dfYMax, dfZMax, dfMMax;
    int bMeasureIsUsed;
} SHPObject;
SHPHandle SHPOpen(const char *pszShapeFile, const char *pszAccess);
SHPObject *SHPReadObject(SHPHandle hSHP, int iShape);
SHPObject *SHPCreateSimpleObject(int nSHPType, int nVertices, const double *padfX, const double *padfY, const double *padfZ);
int SHPWriteObject(SHPHandle hSHP, int iShape, SHPObject *psObject);
void SHPDestroyObject(SHPObject *psObject);
void SHPClose(SHPHandle hSHP);
//--- v2/shapefil.h
typedef struct SHPInfo *SHPHandle;
typedef struct {
    int nSHPType;
    int nShapeId;
    int nParts;
    int *panPartStart;
    int *panPartType;
    int nVertices;
    double *padfX;
    double *padfY;
    double *padfZ;
    double *padfM;
    double dfXMin, dfYMin, dfZMin, dfMMin;
    double dfXMax, dfYMax, dfZMax, dfMMax;
    int bMeasureIsUsed;
    int bFastModeReadObject;
} SHPObject;
SHPHandle SHPOpen(const char *pszShapeFile, const char *pszAccess);
SHPObject *SHPReadObject(SHPHandle hSHP, int iShape);
SHPObject *SHPCreateSimpleObject(int nSHPType, int nVertices, const double *padfX, const double *padfY, const double *padfZ);
int SHPWriteObject(SHPHandle hSHP, int iShape, SHPObject *psObject);
void SHPDestroyObject(SHPObject *psObject);
void SHPClose(SHPHandle hSHP);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "shapefil.h"
struct SHPInfo { int nShapeType; int nRecords; SHPObject *records[64]; };
SHPHandle SHPOpen(const char *pszShapeFile, const char *pszAccess) { (void)pszShapeFile; (void)pszAccess; SHPHandle h = calloc(1, sizeof *h); if (h) h->nShapeType = 1; return h; }
SHPObject *SHPCreateSimpleObject(int nSHPType, int nVertices, const double *padfX, const double *padfY, const double *padfZ) {
    SHPObject *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    o->nSHPType = nSHPType; o->nShapeId = -1; o->nVertices = nVertices;
    o->padfX = malloc(nVertices * sizeof(double)); o->padfY = malloc(nVertices * sizeof(double));
    o->padfZ = calloc(nVertices, sizeof(double)); o->padfM = calloc(nVertices, sizeof(double));
    memcpy(o->padfX, padfX, nVertices * sizeof(double)); memcpy(o->padfY, padfY, nVertices * sizeof(double));
    if (padfZ) memcpy(o->padfZ, padfZ, nVertices * sizeof(double));
    for (int i = 0; i < nVertices; i++) { if (i == 0 || padfX[i] < o->dfXMin) o->dfXMin = padfX[i]; if (i == 0 || padfX[i] > o->dfXMax) o->dfXMax = padfX[i]; }
    return o;
}
int SHPWriteObject(SHPHandle hSHP, int iShape, SHPObject *psObject) {
    if (iShape == -1) iShape = hSHP->nRecords;
    if (iShape < 0 || iShape >= 64) return -1;
    hSHP->records[iShape] = SHPCreateSimpleObject(psObject->nSHPType, psObject->nVertices, psObject->padfX, psObject->padfY, psObject->padfZ);
    hSHP->records[iShape]->nShapeId = iShape;
    if (iShape >= hSHP->nRecords) hSHP->nRecords = iShape + 1;
    return iShape;
}
SHPObject *SHPReadObject(SHPHandle hSHP, int iShape) {
    if (iShape < 0 || iShape >= hSHP->nRecords || !hSHP->records[iShape]) return NULL;
    SHPObject *r = hSHP->records[iShape];
    SHPObject *o = SHPCreateSimpleObject(r->nSHPType, r->nVertices, r->padfX, r->padfY, r->padfZ);
    if (o) o->nShapeId = iShape;
    return o;
}
void SHPDestroyObject(SHPObject *psObject) { if (psObject) { free(psObject->padfX); free(psObject->padfY); free(psObject->padfZ); free(psObject->padfM); free(psObject); } }
void SHPClose(SHPHandle hSHP) { if (hSHP) { for (int i = 0; i < hSHP->nRecords; i++) SHPDestroyObject(hSHP->records[i]); free(hSHP); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "shapefil.h"
struct SHPInfo { int nShapeType; int nRecords; SHPObject *records[64]; };
SHPHandle SHPOpen(const char *pszShapeFile, const char *pszAccess) { (void)pszShapeFile; (void)pszAccess; SHPHandle h = calloc(1, sizeof *h); if (h) h->nShapeType = 1; return h; }
SHPObject *SHPCreateSimpleObject(int nSHPType, int nVertices, const double *padfX, const double *padfY, const double *padfZ) {
    SHPObject *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    o->nSHPType = nSHPType; o->nShapeId = -1; o->nVertices = nVertices;
    o->padfX = malloc(nVertices * sizeof(double)); o->padfY = malloc(nVertices * sizeof(double));
    o->padfZ = calloc(nVertices, sizeof(double)); o->padfM = calloc(nVertices, sizeof(double));
    memcpy(o->padfX, padfX, nVertices * sizeof(double)); memcpy(o->padfY, padfY, nVertices * sizeof(double));
    if (padfZ) memcpy(o->padfZ, padfZ, nVertices * sizeof(double));
    for (int i = 0; i < nVertices; i++) { if (i == 0 || padfX[i] < o->dfXMin) o->dfXMin = padfX[i]; if (i == 0 || padfX[i] > o->dfXMax) o->dfXMax = padfX[i]; }
    o->bFastModeReadObject = 0;
    return o;
}
int SHPWriteObject(SHPHandle hSHP, int iShape, SHPObject *psObject) {
    if (iShape == -1) iShape = hSHP->nRecords;
    if (iShape < 0 || iShape >= 64) return -1;
    hSHP->records[iShape] = SHPCreateSimpleObject(psObject->nSHPType, psObject->nVertices, psObject->padfX, psObject->padfY, psObject->padfZ);
    hSHP->records[iShape]->nShapeId = iShape;
    if (iShape >= hSHP->nRecords) hSHP->nRecords = iShape + 1;
    return iShape;
}
SHPObject *SHPReadObject(SHPHandle hSHP, int iShape) {
    if (iShape < 0 || iShape >= hSHP->nRecords || !hSHP->records[iShape]) return NULL;
    SHPObject *r = hSHP->records[iShape];
    SHPObject *o = SHPCreateSimpleObject(r->nSHPType, r->nVertices, r->padfX, r->padfY, r->padfZ);
    if (o) o->nShapeId = iShape;
    return o;
}
void SHPDestroyObject(SHPObject *psObject) { if (psObject && !psObject->bFastModeReadObject) { free(psObject->padfX); free(psObject->padfY); free(psObject->padfZ); free(psObject->padfM); free(psObject); } }
void SHPClose(SHPHandle hSHP) { if (hSHP) { for (int i = 0; i < hSHP->nRecords; i++) SHPDestroyObject(hSHP->records[i]); free(hSHP); } }
