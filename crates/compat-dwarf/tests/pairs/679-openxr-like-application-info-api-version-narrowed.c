// expect: breaking
// why: XrApplicationInfo is embedded by value in XrInstanceCreateInfo, which callers fill and pass to
// why: xrCreateInstance. v2 narrows apiVersion from XrVersion (uint64_t) to uint32_t: the embedded struct shrinks
// why: from 272 to 268 bytes (its alignment from 8 to 4) and enabledApiLayerCount and every later member of XrInstanceCreateInfo move, so the
// why: library reads old callers' structs at the wrong offsets.
// abidiff: 4 agree
//--- v1/openxr.h
#include <stdint.h>
typedef uint64_t XrVersion;
typedef uint64_t XrInstanceCreateFlags;
typedef struct XrInstance_T *XrInstance;
typedef struct XrApplicationInfo { char applicationName[128]; uint32_t applicationVersion; char engineName[128]; uint32_t engineVersion; XrVersion apiVersion; } XrApplicationInfo;
typedef struct XrInstanceCreateInfo { int type; const void *next; XrInstanceCreateFlags createFlags; XrApplicationInfo applicationInfo; uint32_t enabledApiLayerCount; const char *const *enabledApiLayerNames; uint32_t enabledExtensionCount; const char *const *enabledExtensionNames; } XrInstanceCreateInfo;
int xrCreateInstance(const XrInstanceCreateInfo *createInfo, XrInstance *instance);
//--- v2/openxr.h
#include <stdint.h>
typedef uint64_t XrVersion;
typedef uint64_t XrInstanceCreateFlags;
typedef struct XrInstance_T *XrInstance;
typedef struct XrApplicationInfo { char applicationName[128]; uint32_t applicationVersion; char engineName[128]; uint32_t engineVersion; uint32_t apiVersion; } XrApplicationInfo;
typedef struct XrInstanceCreateInfo { int type; const void *next; XrInstanceCreateFlags createFlags; XrApplicationInfo applicationInfo; uint32_t enabledApiLayerCount; const char *const *enabledApiLayerNames; uint32_t enabledExtensionCount; const char *const *enabledExtensionNames; } XrInstanceCreateInfo;
int xrCreateInstance(const XrInstanceCreateInfo *createInfo, XrInstance *instance);
//--- v1
#include <stdlib.h>
#include "openxr.h"
struct XrInstance_T { uint64_t api; uint32_t nexts; };
int xrCreateInstance(const XrInstanceCreateInfo *ci, XrInstance *instance) { if (!ci || ci->type != 3) return -1; XrInstance i = malloc(sizeof *i); if (!i) return -2; i->api = ci->applicationInfo.apiVersion; i->nexts = ci->enabledExtensionCount; *instance = i; return 0; }
//--- v2
#include <stdlib.h>
#include "openxr.h"
struct XrInstance_T { uint64_t api; uint32_t nexts; };
int xrCreateInstance(const XrInstanceCreateInfo *ci, XrInstance *instance) { if (!ci || ci->type != 3) return -1; XrInstance i = malloc(sizeof *i); if (!i) return -2; i->api = ci->applicationInfo.apiVersion; i->nexts = ci->enabledExtensionCount; *instance = i; return 0; }
