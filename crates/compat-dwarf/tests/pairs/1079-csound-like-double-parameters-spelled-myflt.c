// expect: none
// why: Csound's API header spells sample values MYFLT, which csound.h defines as double in the double-precision
// why: build (libcsound64). v2 writes MYFLT where v1 wrote double in csoundSetControlChannel, csoundGetControlChannel
// why: and csoundGetSr: the parameters and results are the same type, in the same registers, under the same symbols.
// abidiff: 0 agree
//--- v1/csound.h
typedef double MYFLT;
typedef struct CSOUND_ CSOUND;
CSOUND *csoundCreate(void *hostData);
void csoundDestroy(CSOUND *csound);
double csoundGetSr(CSOUND *csound);
void csoundSetControlChannel(CSOUND *csound, const char *name, double val);
double csoundGetControlChannel(CSOUND *csound, const char *name, int *err);
MYFLT csoundGet0dBFS(CSOUND *csound);
//--- v2/csound.h
typedef double MYFLT;
typedef struct CSOUND_ CSOUND;
CSOUND *csoundCreate(void *hostData);
void csoundDestroy(CSOUND *csound);
MYFLT csoundGetSr(CSOUND *csound);
void csoundSetControlChannel(CSOUND *csound, const char *name, MYFLT val);
MYFLT csoundGetControlChannel(CSOUND *csound, const char *name, int *err);
MYFLT csoundGet0dBFS(CSOUND *csound);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "csound.h"
struct CSOUND_ { void *hostData; MYFLT esr; MYFLT e0dbfs; char chname[64]; MYFLT chval; };
CSOUND *csoundCreate(void *hostData) { CSOUND *c = calloc(1, sizeof *c); if (c) { c->hostData = hostData; c->esr = 44100; c->e0dbfs = 1.0; } return c; }
void csoundDestroy(CSOUND *csound) { free(csound); }
double csoundGetSr(CSOUND *csound) { return csound->esr; }
void csoundSetControlChannel(CSOUND *csound, const char *name, double val) { strncpy(csound->chname, name, 63); csound->chval = val; }
double csoundGetControlChannel(CSOUND *csound, const char *name, int *err) {
    int ok = strcmp(csound->chname, name) == 0;
    if (err) *err = ok ? 0 : -1;
    return ok ? csound->chval : 0.0;
}
MYFLT csoundGet0dBFS(CSOUND *csound) { return csound->e0dbfs; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "csound.h"
struct CSOUND_ { void *hostData; MYFLT esr; MYFLT e0dbfs; char chname[64]; MYFLT chval; };
CSOUND *csoundCreate(void *hostData) { CSOUND *c = calloc(1, sizeof *c); if (c) { c->hostData = hostData; c->esr = 44100; c->e0dbfs = 1.0; } return c; }
void csoundDestroy(CSOUND *csound) { free(csound); }
MYFLT csoundGetSr(CSOUND *csound) { return csound->esr; }
void csoundSetControlChannel(CSOUND *csound, const char *name, MYFLT val) { strncpy(csound->chname, name, 63); csound->chval = val; }
MYFLT csoundGetControlChannel(CSOUND *csound, const char *name, int *err) {
    int ok = strcmp(csound->chname, name) == 0;
    if (err) *err = ok ? 0 : -1;
    return ok ? csound->chval : 0.0;
}
MYFLT csoundGet0dBFS(CSOUND *csound) { return csound->e0dbfs; }
