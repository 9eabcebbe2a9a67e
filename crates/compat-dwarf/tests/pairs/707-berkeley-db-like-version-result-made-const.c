// expect: info
// why: db_version returns a pointer to the library's static version string; v2 declares the result const char *.
// why: The pointer comes back in %rax either way and a C symbol carries no types; only the API changed (callers that
// why: wrote through it were already wrong).
// abidiff: 0 agree
//--- v1/db.h
char *db_version(int *major, int *minor, int *patch);
//--- v2/db.h
const char *db_version(int *major, int *minor, int *patch);
//--- v1
#include "db.h"
static char version[] = "Berkeley DB 5.3.28";
char *db_version(int *major, int *minor, int *patch) { if (major) *major = 5; if (minor) *minor = 3; if (patch) *patch = 28; return version; }
//--- v2
#include "db.h"
static const char version[] = "Berkeley DB 5.3.28";
const char *db_version(int *major, int *minor, int *patch) { if (major) *major = 5; if (minor) *minor = 3; if (patch) *patch = 28; return version; }
