// expect: none
// why: GDAL 2.4 introduces typedef const char *const *CSLConstList for string lists a function only reads and
// why: respells its parameters with it: GDALOpenEx's papszAllowedDrivers, papszOpenOptions and papszSiblingFiles,
// why: CSLCount's and CSLFetchNameValue's list, and (added here to carry the typedef into a member) the open-options
// why: member of a caller-filled argument struct. The typedef names exactly the type it replaces, so every parameter,
// why: member and function is the same type in the same register or offset.
// abidiff: 0 agree
//--- v1/gdal.h
typedef void *GDALDatasetH;
typedef enum { CE_None = 0, CE_Debug = 1, CE_Warning = 2, CE_Failure = 3, CE_Fatal = 4 } CPLErr;
#define GDAL_OF_READONLY 0x00
#define GDAL_OF_RASTER 0x02
#define GDAL_OF_VECTOR 0x04
typedef struct { const char *pszFilename; unsigned int nOpenFlags; const char *const *papszOpenOptions; int bVerbose; } GDALOpenExArgs;
GDALDatasetH GDALOpenEx(const char *pszFilename, unsigned int nOpenFlags, const char *const *papszAllowedDrivers, const char *const *papszOpenOptions, const char *const *papszSiblingFiles);
GDALDatasetH GDALOpenExWithArgs(const GDALOpenExArgs *psArgs);
void GDALClose(GDALDatasetH hDS);
int CSLCount(const char *const *papszStrList);
const char *CSLFetchNameValue(const char *const *papszStrList, const char *pszName);
char **CSLSetNameValue(char **papszStrList, const char *pszName, const char *pszValue);
//--- v2/gdal.h
typedef void *GDALDatasetH;
typedef const char *const *CSLConstList;
typedef enum { CE_None = 0, CE_Debug = 1, CE_Warning = 2, CE_Failure = 3, CE_Fatal = 4 } CPLErr;
#define GDAL_OF_READONLY 0x00
#define GDAL_OF_RASTER 0x02
#define GDAL_OF_VECTOR 0x04
typedef struct { const char *pszFilename; unsigned int nOpenFlags; CSLConstList papszOpenOptions; int bVerbose; } GDALOpenExArgs;
GDALDatasetH GDALOpenEx(const char *pszFilename, unsigned int nOpenFlags, CSLConstList papszAllowedDrivers, CSLConstList papszOpenOptions, CSLConstList papszSiblingFiles);
GDALDatasetH GDALOpenExWithArgs(const GDALOpenExArgs *psArgs);
void GDALClose(GDALDatasetH hDS);
int CSLCount(CSLConstList papszStrList);
const char *CSLFetchNameValue(CSLConstList papszStrList, const char *pszName);
char **CSLSetNameValue(char **papszStrList, const char *pszName, const char *pszValue);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "gdal.h"
typedef struct { char *pszDescription; unsigned int nOpenFlags; int nSiblings; int bReadOnly; } GDALDataset;
int CSLCount(const char *const *papszStrList) { int n = 0; if (papszStrList) while (papszStrList[n]) n++; return n; }
const char *CSLFetchNameValue(const char *const *papszStrList, const char *pszName) {
  size_t nLen = strlen(pszName);
  for (; papszStrList && *papszStrList; papszStrList++)
    if (!strncmp(*papszStrList, pszName, nLen) && (*papszStrList)[nLen] == '=') return *papszStrList + nLen + 1;
  return NULL;
}
char **CSLSetNameValue(char **papszStrList, const char *pszName, const char *pszValue) {
  int n = CSLCount((const char *const *)papszStrList);
  char **l = realloc(papszStrList, sizeof(char *) * (size_t)(n + 2));
  if (!l) return papszStrList;
  l[n] = malloc(strlen(pszName) + strlen(pszValue) + 2);
  if (l[n]) { strcpy(l[n], pszName); strcat(l[n], "="); strcat(l[n], pszValue); }
  l[n + 1] = NULL;
  return l;
}
GDALDatasetH GDALOpenEx(const char *pszFilename, unsigned int nOpenFlags, const char *const *papszAllowedDrivers, const char *const *papszOpenOptions, const char *const *papszSiblingFiles) {
  if (!pszFilename || !(nOpenFlags & (GDAL_OF_RASTER | GDAL_OF_VECTOR))) return NULL;
  if (papszAllowedDrivers && CSLCount(papszAllowedDrivers) == 0) return NULL;
  GDALDataset *ds = calloc(1, sizeof *ds);
  if (!ds) return NULL;
  ds->pszDescription = strdup(pszFilename); ds->nOpenFlags = nOpenFlags; ds->nSiblings = CSLCount(papszSiblingFiles);
  const char *ro = CSLFetchNameValue(papszOpenOptions, "READ_ONLY");
  ds->bReadOnly = ro ? !strcmp(ro, "YES") : 1;
  return ds;
}
GDALDatasetH GDALOpenExWithArgs(const GDALOpenExArgs *psArgs) { return GDALOpenEx(psArgs->pszFilename, psArgs->nOpenFlags, NULL, psArgs->papszOpenOptions, NULL); }
void GDALClose(GDALDatasetH hDS) { GDALDataset *ds = hDS; if (ds) { free(ds->pszDescription); free(ds); } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "gdal.h"
typedef struct { char *pszDescription; unsigned int nOpenFlags; int nSiblings; int bReadOnly; } GDALDataset;
int CSLCount(CSLConstList papszStrList) { int n = 0; if (papszStrList) while (papszStrList[n]) n++; return n; }
const char *CSLFetchNameValue(CSLConstList papszStrList, const char *pszName) {
  size_t nLen = strlen(pszName);
  for (; papszStrList && *papszStrList; papszStrList++)
    if (!strncmp(*papszStrList, pszName, nLen) && (*papszStrList)[nLen] == '=') return *papszStrList + nLen + 1;
  return NULL;
}
char **CSLSetNameValue(char **papszStrList, const char *pszName, const char *pszValue) {
  int n = CSLCount((CSLConstList)papszStrList);
  char **l = realloc(papszStrList, sizeof(char *) * (size_t)(n + 2));
  if (!l) return papszStrList;
  l[n] = malloc(strlen(pszName) + strlen(pszValue) + 2);
  if (l[n]) { strcpy(l[n], pszName); strcat(l[n], "="); strcat(l[n], pszValue); }
  l[n + 1] = NULL;
  return l;
}
GDALDatasetH GDALOpenEx(const char *pszFilename, unsigned int nOpenFlags, CSLConstList papszAllowedDrivers, CSLConstList papszOpenOptions, CSLConstList papszSiblingFiles) {
  if (!pszFilename || !(nOpenFlags & (GDAL_OF_RASTER | GDAL_OF_VECTOR))) return NULL;
  if (papszAllowedDrivers && CSLCount(papszAllowedDrivers) == 0) return NULL;
  GDALDataset *ds = calloc(1, sizeof *ds);
  if (!ds) return NULL;
  ds->pszDescription = strdup(pszFilename); ds->nOpenFlags = nOpenFlags; ds->nSiblings = CSLCount(papszSiblingFiles);
  const char *ro = CSLFetchNameValue(papszOpenOptions, "READ_ONLY");
  ds->bReadOnly = ro ? !strcmp(ro, "YES") : 1;
  return ds;
}
GDALDatasetH GDALOpenExWithArgs(const GDALOpenExArgs *psArgs) { return GDALOpenEx(psArgs->pszFilename, psArgs->nOpenFlags, NULL, psArgs->papszOpenOptions, NULL); }
void GDALClose(GDALDatasetH hDS) { GDALDataset *ds = hDS; if (ds) { free(ds->pszDescription); free(ds); } }
