// expect: breaking
// why: cl_scandesc returns cl_error_t, and consumers compare the result with its enumerators (CL_VIRUS, CL_BREAK,
// why: CL_EMAXSIZE...). v2 inserts CL_ETIMEOUT after CL_EMEM instead of before the CL_ELAST_ERROR sentinel, so
// why: CL_BREAK and every later code move up by one: v2's timeout (21) reads to an old consumer as CL_BREAK, its
// why: CL_EMAXSIZE (now 24) as CL_EMAXFILES, and cl_strerror maps old consumers' codes to other messages.
// abidiff: 4 agree
//--- clamav-engine.h
#include <stdint.h>
struct cl_engine;
struct cl_scan_options { uint32_t general; uint32_t parse; uint32_t heuristic; uint32_t mail; uint32_t dev; };
struct cl_engine *cl_engine_new(void);
//--- v1/clamav.h
typedef enum cl_error_t {
    CL_CLEAN = 0, CL_SUCCESS = 0, CL_VIRUS, CL_ENULLARG, CL_EARG, CL_EMALFDB, CL_ECVD, CL_EVERIFY, CL_EUNPACK,
    CL_EOPEN, CL_ECREAT, CL_EUNLINK, CL_ESTAT, CL_EREAD, CL_ESEEK, CL_EWRITE, CL_EDUP, CL_EACCES, CL_ETMPFILE,
    CL_ETMPDIR, CL_EMAP, CL_EMEM,
    CL_BREAK, CL_EMAXREC, CL_EMAXSIZE, CL_EMAXFILES, CL_EFORMAT, CL_EPARSE, CL_EBYTECODE, CL_EBYTECODE_TESTFAIL,
    CL_ELOCK, CL_EBUSY, CL_ESTATE, CL_ELAST_ERROR
} cl_error_t;
cl_error_t cl_scandesc(int desc, const char *filename, const char **virname, unsigned long *scanned, const struct cl_engine *engine, struct cl_scan_options *scanoptions);
const char *cl_strerror(cl_error_t clerror);
cl_error_t cl_engine_free(struct cl_engine *engine);
//--- v2/clamav.h
typedef enum cl_error_t {
    CL_CLEAN = 0, CL_SUCCESS = 0, CL_VIRUS, CL_ENULLARG, CL_EARG, CL_EMALFDB, CL_ECVD, CL_EVERIFY, CL_EUNPACK,
    CL_EOPEN, CL_ECREAT, CL_EUNLINK, CL_ESTAT, CL_EREAD, CL_ESEEK, CL_EWRITE, CL_EDUP, CL_EACCES, CL_ETMPFILE,
    CL_ETMPDIR, CL_EMAP, CL_EMEM, CL_ETIMEOUT,
    CL_BREAK, CL_EMAXREC, CL_EMAXSIZE, CL_EMAXFILES, CL_EFORMAT, CL_EPARSE, CL_EBYTECODE, CL_EBYTECODE_TESTFAIL,
    CL_ELOCK, CL_EBUSY, CL_ESTATE, CL_ELAST_ERROR
} cl_error_t;
cl_error_t cl_scandesc(int desc, const char *filename, const char **virname, unsigned long *scanned, const struct cl_engine *engine, struct cl_scan_options *scanoptions);
const char *cl_strerror(cl_error_t clerror);
cl_error_t cl_engine_free(struct cl_engine *engine);
//--- v1
#include <stdlib.h>
#include <unistd.h>
#include "clamav-engine.h"
#include "clamav.h"
struct cl_engine { unsigned long maxscansize; unsigned int maxreclevel; int refcount; };
struct cl_engine *cl_engine_new(void) { struct cl_engine *e = calloc(1, sizeof *e); if (e) { e->maxscansize = 100UL << 20; e->maxreclevel = 17; e->refcount = 1; } return e; }
cl_error_t cl_engine_free(struct cl_engine *engine) { if (!engine) return CL_ENULLARG; free(engine); return CL_SUCCESS; }
cl_error_t cl_scandesc(int desc, const char *filename, const char **virname, unsigned long *scanned, const struct cl_engine *engine, struct cl_scan_options *scanoptions) {
    (void)filename;
    if (!engine || !scanoptions || !virname) return CL_ENULLARG;
    if (desc < 0) return CL_EARG;
    char buf[4096]; unsigned long total = 0; ssize_t n;
    while ((n = read(desc, buf, sizeof buf)) > 0) {
        total += (unsigned long)n;
        if (total > engine->maxscansize) return CL_EMAXSIZE;
        for (ssize_t i = 0; i + 4 <= n; i++) if (buf[i] == 'X' && buf[i + 1] == '5' && buf[i + 2] == 'O' && buf[i + 3] == '!') { *virname = "Eicar-Signature"; if (scanned) *scanned += total; return CL_VIRUS; }
    }
    if (n < 0) return CL_EREAD;
    if (scanned) *scanned += total;
    return CL_CLEAN;
}
const char *cl_strerror(cl_error_t clerror) {
    switch (clerror) {
    case CL_CLEAN: return "No viruses detected"; case CL_VIRUS: return "Virus(es) detected"; case CL_ENULLARG: return "Null argument passed to function";
    case CL_EARG: return "Invalid argument passed to function"; case CL_EREAD: return "Can't read file"; case CL_EMEM: return "Can't allocate memory";
    case CL_BREAK: return "Process aborted"; case CL_EMAXSIZE: return "Exceeded max scan size"; default: return "Unknown error code";
    }
}
//--- v2
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "clamav-engine.h"
#include "clamav.h"
struct cl_engine { unsigned long maxscansize; unsigned int maxreclevel; int refcount; unsigned int maxscantime; };
struct cl_engine *cl_engine_new(void) { struct cl_engine *e = calloc(1, sizeof *e); if (e) { e->maxscansize = 100UL << 20; e->maxreclevel = 17; e->refcount = 1; e->maxscantime = 120; } return e; }
cl_error_t cl_engine_free(struct cl_engine *engine) { if (!engine) return CL_ENULLARG; free(engine); return CL_SUCCESS; }
cl_error_t cl_scandesc(int desc, const char *filename, const char **virname, unsigned long *scanned, const struct cl_engine *engine, struct cl_scan_options *scanoptions) {
    (void)filename;
    if (!engine || !scanoptions || !virname) return CL_ENULLARG;
    if (desc < 0) return CL_EARG;
    char buf[4096]; unsigned long total = 0; ssize_t n; time_t start = time(0);
    while ((n = read(desc, buf, sizeof buf)) > 0) {
        total += (unsigned long)n;
        if (total > engine->maxscansize) return CL_EMAXSIZE;
        if (engine->maxscantime && time(0) - start > (time_t)engine->maxscantime) return CL_ETIMEOUT;
        for (ssize_t i = 0; i + 4 <= n; i++) if (buf[i] == 'X' && buf[i + 1] == '5' && buf[i + 2] == 'O' && buf[i + 3] == '!') { *virname = "Eicar-Signature"; if (scanned) *scanned += total; return CL_VIRUS; }
    }
    if (n < 0) return CL_EREAD;
    if (scanned) *scanned += total;
    return CL_CLEAN;
}
const char *cl_strerror(cl_error_t clerror) {
    switch (clerror) {
    case CL_CLEAN: return "No viruses detected"; case CL_VIRUS: return "Virus(es) detected"; case CL_ENULLARG: return "Null argument passed to function";
    case CL_EARG: return "Invalid argument passed to function"; case CL_EREAD: return "Can't read file"; case CL_EMEM: return "Can't allocate memory";
    case CL_ETIMEOUT: return "Time limit reached"; case CL_BREAK: return "Process aborted"; case CL_EMAXSIZE: return "Exceeded max scan size"; default: return "Unknown error code";
    }
}
