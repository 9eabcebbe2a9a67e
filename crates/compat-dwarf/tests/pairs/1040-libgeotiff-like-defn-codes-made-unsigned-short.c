// expect: warning
// why: GTIFDefn is the caller's object, filled by GTIFGetDefn (GTIFDefn defn; GTIFGetDefn(gtif, &defn);); no function
// why: hands one out. v2 declares its EPSG code members (Model, PCS, GCS, UOMLength, UOMAngle, Datum, PM, Ellipsoid,
// why: ProjCode, Projection, CTProjection) unsigned short instead of short, so that codes above 32767 survive. Sizes
// why: and offsets hold, but each member's signedness flips: an old binary reads a new code such as 32768 and above as
// why: negative and compares it with its own constants: a same-size signedness change, reported with its risk.
// abidiff: 4 agree
//--- v1/geo_normalize.h
typedef struct gtiff GTIF;
typedef struct {
    int DefnSet;
    short Model;
    short PCS;
    short GCS;
    short UOMLength;
    double UOMLengthInMeters;
    short UOMAngle;
    double UOMAngleInDegrees;
    short Datum;
    short PM;
    double PMLongToGreenwich;
    short Ellipsoid;
    double SemiMajor;
    double SemiMinor;
    short ProjCode;
    short Projection;
    short CTProjection;
    int nParms;
    double ProjParm[10];
    int ProjParmId[10];
    int MapSys;
    int Zone;
} GTIFDefn;
GTIF *GTIFNewSimple(const char *filename);
int GTIFGetDefn(GTIF *gtif, GTIFDefn *psDefn);
const char *GTIFDecToDMS(double dfAngle, const char *pszAxis, int nPrecision);
void GTIFFree(GTIF *gtif);
//--- v2/geo_normalize.h
typedef struct gtiff GTIF;
typedef struct {
    int DefnSet;
    unsigned short Model;
    unsigned short PCS;
    unsigned short GCS;
    unsigned short UOMLength;
    double UOMLengthInMeters;
    unsigned short UOMAngle;
    double UOMAngleInDegrees;
    unsigned short Datum;
    unsigned short PM;
    double PMLongToGreenwich;
    unsigned short Ellipsoid;
    double SemiMajor;
    double SemiMinor;
    unsigned short ProjCode;
    unsigned short Projection;
    unsigned short CTProjection;
    int nParms;
    double ProjParm[10];
    int ProjParmId[10];
    int MapSys;
    int Zone;
} GTIFDefn;
GTIF *GTIFNewSimple(const char *filename);
int GTIFGetDefn(GTIF *gtif, GTIFDefn *psDefn);
const char *GTIFDecToDMS(double dfAngle, const char *pszAxis, int nPrecision);
void GTIFFree(GTIF *gtif);
//--- lib.c
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "geo_normalize.h"
struct gtiff { char name[64]; int model, pcs, gcs; };
GTIF *GTIFNewSimple(const char *filename) {
    GTIF *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    strncpy(g->name, filename, sizeof g->name - 1);
    g->model = 1; g->pcs = 32633; g->gcs = 4326;
    return g;
}
int GTIFGetDefn(GTIF *gtif, GTIFDefn *psDefn) {
    memset(psDefn, 0, sizeof *psDefn);
    psDefn->Model = gtif->model; psDefn->PCS = gtif->pcs; psDefn->GCS = gtif->gcs;
    psDefn->UOMLength = 9001; psDefn->UOMLengthInMeters = 1.0;
    psDefn->UOMAngle = 9102; psDefn->UOMAngleInDegrees = 1.0;
    psDefn->Datum = 6326; psDefn->PM = 8901; psDefn->Ellipsoid = 7030;
    psDefn->SemiMajor = 6378137.0; psDefn->SemiMinor = 6356752.314245;
    psDefn->ProjCode = 16033; psDefn->Projection = 9807; psDefn->CTProjection = 1;
    psDefn->nParms = 7; psDefn->MapSys = 1; psDefn->Zone = 33;
    psDefn->DefnSet = 1;
    return 1;
}
const char *GTIFDecToDMS(double dfAngle, const char *pszAxis, int nPrecision) {
    static char buf[64];
    int deg = (int)dfAngle; double min = (dfAngle - deg) * 60.0;
    snprintf(buf, sizeof buf, "%3dd%02d'%.*f\"%s", abs(deg), abs((int)min), nPrecision, (min - (int)min) * 60.0, pszAxis);
    return buf;
}
void GTIFFree(GTIF *gtif) { free(gtif); }
