// expect: breaking
// why: proj_info returns PJ_INFO by value. At 40 bytes it is class MEMORY, so the caller reserves the result on its
// why: own stack and passes its address in %rdi. PROJ appends const char *const *paths and size_t path_count to
// why: report every resource directory: the struct grows to 56 bytes, and v2 writes 56 bytes into the 40-byte
// why: slot an old caller reserved, overwriting 16 bytes of its frame: a type used by value changed size.
// abidiff: 4 agree
//--- v1/proj.h
#include <stddef.h>
typedef struct PJconsts PJ;
typedef struct { int major; int minor; int patch; const char *release; const char *version; const char *searchpath; } PJ_INFO;
typedef struct { const char *id; const char *description; const char *definition; int has_inverse; double accuracy; } PJ_PROJ_INFO;
PJ_INFO proj_info(void);
PJ_PROJ_INFO proj_pj_info(PJ *P);
PJ *proj_create(void *ctx, const char *definition);
PJ *proj_destroy(PJ *P);
//--- v2/proj.h
#include <stddef.h>
typedef struct PJconsts PJ;
typedef struct { int major; int minor; int patch; const char *release; const char *version; const char *searchpath; const char *const *paths; size_t path_count; } PJ_INFO;
typedef struct { const char *id; const char *description; const char *definition; int has_inverse; double accuracy; } PJ_PROJ_INFO;
PJ_INFO proj_info(void);
PJ_PROJ_INFO proj_pj_info(PJ *P);
PJ *proj_create(void *ctx, const char *definition);
PJ *proj_destroy(PJ *P);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "proj.h"
struct PJconsts { const char *id; const char *descr; char *def; int inverse; double accuracy; };
static const char *search_paths[] = { "/usr/share/proj", "/usr/local/share/proj" };
PJ_INFO proj_info(void) {
  PJ_INFO info;
  info.major = 5; info.minor = 0; info.patch = 1;
  info.release = "Rel. 5.0.1, April 1st, 2018"; info.version = "5.0.1";
  info.searchpath = search_paths[0];
  return info;
}
PJ_PROJ_INFO proj_pj_info(PJ *P) {
  PJ_PROJ_INFO pjinfo;
  memset(&pjinfo, 0, sizeof pjinfo);
  pjinfo.accuracy = -1.0;
  if (!P) return pjinfo;
  pjinfo.id = P->id; pjinfo.description = P->descr; pjinfo.definition = P->def; pjinfo.has_inverse = P->inverse; pjinfo.accuracy = P->accuracy;
  return pjinfo;
}
PJ *proj_create(void *ctx, const char *definition) {
  (void)ctx;
  if (!definition || strncmp(definition, "+proj=", 6)) return NULL;
  PJ *P = calloc(1, sizeof *P);
  if (!P) return NULL;
  P->def = strdup(definition); P->id = "merc"; P->descr = "Mercator"; P->inverse = 1; P->accuracy = -1.0;
  return P;
}
PJ *proj_destroy(PJ *P) { if (P) { free(P->def); free(P); } return NULL; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "proj.h"
struct PJconsts { const char *id; const char *descr; char *def; int inverse; double accuracy; };
static const char *search_paths[] = { "/usr/share/proj", "/usr/local/share/proj" };
PJ_INFO proj_info(void) {
  PJ_INFO info;
  info.major = 5; info.minor = 1; info.patch = 0;
  info.release = "Rel. 5.1.0, June 1st, 2018"; info.version = "5.1.0";
  info.searchpath = search_paths[0];
  info.paths = search_paths; info.path_count = 2;
  return info;
}
PJ_PROJ_INFO proj_pj_info(PJ *P) {
  PJ_PROJ_INFO pjinfo;
  memset(&pjinfo, 0, sizeof pjinfo);
  pjinfo.accuracy = -1.0;
  if (!P) return pjinfo;
  pjinfo.id = P->id; pjinfo.description = P->descr; pjinfo.definition = P->def; pjinfo.has_inverse = P->inverse; pjinfo.accuracy = P->accuracy;
  return pjinfo;
}
PJ *proj_create(void *ctx, const char *definition) {
  (void)ctx;
  if (!definition || strncmp(definition, "+proj=", 6)) return NULL;
  PJ *P = calloc(1, sizeof *P);
  if (!P) return NULL;
  P->def = strdup(definition); P->id = "merc"; P->descr = "Mercator"; P->inverse = 1; P->accuracy = -1.0;
  return P;
}
PJ *proj_destroy(PJ *P) { if (P) { free(P->def); free(P); } return NULL; }
