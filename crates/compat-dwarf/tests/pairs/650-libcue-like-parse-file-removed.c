// expect: breaking
// why: v2 removes cue_parse_file(FILE *) and keeps cue_parse_string: binaries built against v1 that call
// why: cue_parse_file no longer resolve it.
// abidiff: 12 agree
//--- v1/libcue.h
#include <stdio.h>
typedef struct Cd Cd;
Cd *cue_parse_string(const char *s);
Cd *cue_parse_file(FILE *f);
int cd_get_ntrack(const Cd *cd);
//--- v2/libcue.h
typedef struct Cd Cd;
Cd *cue_parse_string(const char *s);
int cd_get_ntrack(const Cd *cd);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libcue.h"
struct Cd { int ntrack; };
Cd *cue_parse_string(const char *s) { Cd *cd = calloc(1, sizeof *cd); if (cd) for (const char *p = s; (p = strstr(p, "TRACK")); p++) cd->ntrack++; return cd; }
Cd *cue_parse_file(FILE *f) { char buf[4096]; size_t n = fread(buf, 1, sizeof buf - 1, f); buf[n] = 0; return cue_parse_string(buf); }
int cd_get_ntrack(const Cd *cd) { return cd->ntrack; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libcue.h"
struct Cd { int ntrack; };
Cd *cue_parse_string(const char *s) { Cd *cd = calloc(1, sizeof *cd); if (cd) for (const char *p = s; (p = strstr(p, "TRACK")); p++) cd->ntrack++; return cd; }
int cd_get_ntrack(const Cd *cd) { return cd->ntrack; }
