// expect: breaking
// why: libdbi deprecated its process-wide dbi_initialize and dbi_shutdown in favour of the reentrant dbi_initialize_r
// why: and dbi_shutdown_r, which take a dbi_inst; v2 removes the two deprecated functions. Binaries built against v1
// why: that call them (most older applications do) no longer resolve those symbols and fail to load.
// abidiff: 12 agree
//--- v1/dbi.h
typedef void *dbi_inst;
typedef void *dbi_conn;
int dbi_initialize(const char *driverdir);
void dbi_shutdown(void);
int dbi_initialize_r(const char *driverdir, dbi_inst *pInst);
void dbi_shutdown_r(dbi_inst Inst);
dbi_conn dbi_conn_new_r(const char *name, dbi_inst Inst);
//--- v2/dbi.h
typedef void *dbi_inst;
typedef void *dbi_conn;
int dbi_initialize_r(const char *driverdir, dbi_inst *pInst);
void dbi_shutdown_r(dbi_inst Inst);
dbi_conn dbi_conn_new_r(const char *name, dbi_inst Inst);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "dbi.h"
struct inst { char driverdir[256]; int drivers; };
struct conn { struct inst *inst; char name[32]; };
static dbi_inst global_inst;
int dbi_initialize_r(const char *driverdir, dbi_inst *pInst) {
    struct inst *i = calloc(1, sizeof *i);
    if (!i) return -1;
    if (driverdir) strncpy(i->driverdir, driverdir, sizeof i->driverdir - 1);
    i->drivers = 3;
    *pInst = i;
    return i->drivers;
}
void dbi_shutdown_r(dbi_inst Inst) { free(Inst); }
int dbi_initialize(const char *driverdir) { return dbi_initialize_r(driverdir, &global_inst); }
void dbi_shutdown(void) { dbi_shutdown_r(global_inst); global_inst = NULL; }
dbi_conn dbi_conn_new_r(const char *name, dbi_inst Inst) {
    struct conn *c = calloc(1, sizeof *c);
    if (c) { c->inst = Inst; strncpy(c->name, name, sizeof c->name - 1); }
    return c;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "dbi.h"
struct inst { char driverdir[256]; int drivers; };
struct conn { struct inst *inst; char name[32]; };
int dbi_initialize_r(const char *driverdir, dbi_inst *pInst) {
    struct inst *i = calloc(1, sizeof *i);
    if (!i) return -1;
    if (driverdir) strncpy(i->driverdir, driverdir, sizeof i->driverdir - 1);
    i->drivers = 3;
    *pInst = i;
    return i->drivers;
}
void dbi_shutdown_r(dbi_inst Inst) { free(Inst); }
dbi_conn dbi_conn_new_r(const char *name, dbi_inst Inst) {
    struct conn *c = calloc(1, sizeof *c);
    if (c) { c->inst = Inst; strncpy(c->name, name, sizeof c->name - 1); }
    return c;
}
