// expect: none
// why: lcms2.h picks its base types by limits.h tests (typedef unsigned int cmsUInt32Number, typedef unsigned short
// why: cmsUInt16Number); v2 takes them from stdint.h (uint32_t, uint16_t), which on this target are typedefs of the
// why: same unsigned int and unsigned short. They appear at depth: in cmsPluginBase, which plug-ins fill and hand to
// why: cmsPlugin, in the parameters of the cmsInterpFnFactory member of cmsPluginInterpolation, and in the
// why: interpolators' array parameters inside the returned cmsInterpFunction union. Every member, parameter and
// why: result has the same type once the typedefs are resolved: the same types and functions.
// abidiff: 0 agree
//--- v1/lcms2.h
typedef unsigned short cmsUInt16Number;
typedef unsigned int cmsUInt32Number;
typedef float cmsFloat32Number;
typedef int cmsBool;
typedef struct _cmsPluginBaseStruct {
  cmsUInt32Number Magic;
  cmsUInt32Number ExpectedVersion;
  cmsUInt32Number Type;
  struct _cmsPluginBaseStruct *Next;
} cmsPluginBase;
typedef void (*_cmsInterpFn16)(const cmsUInt16Number Input[], cmsUInt16Number Output[], const void *p);
typedef void (*_cmsInterpFnFloat)(const cmsFloat32Number Input[], cmsFloat32Number Output[], const void *p);
typedef union { _cmsInterpFn16 Lerp16; _cmsInterpFnFloat LerpFloat; } cmsInterpFunction;
typedef cmsInterpFunction (*cmsInterpFnFactory)(cmsUInt32Number nInputChannels, cmsUInt32Number nOutputChannels, cmsUInt32Number dwFlags);
typedef struct { cmsPluginBase base; cmsInterpFnFactory InterpolatorsFactory; } cmsPluginInterpolation;
cmsBool cmsPlugin(void *Plugin);
cmsInterpFunction _cmsGetInterpolator(cmsUInt32Number nInputChannels, cmsUInt32Number nOutputChannels, cmsUInt32Number dwFlags);
void cmsUnregisterPlugins(void);
//--- v2/lcms2.h
#include <stdint.h>
typedef uint16_t cmsUInt16Number;
typedef uint32_t cmsUInt32Number;
typedef float cmsFloat32Number;
typedef int cmsBool;
typedef struct _cmsPluginBaseStruct {
  cmsUInt32Number Magic;
  cmsUInt32Number ExpectedVersion;
  cmsUInt32Number Type;
  struct _cmsPluginBaseStruct *Next;
} cmsPluginBase;
typedef void (*_cmsInterpFn16)(const cmsUInt16Number Input[], cmsUInt16Number Output[], const void *p);
typedef void (*_cmsInterpFnFloat)(const cmsFloat32Number Input[], cmsFloat32Number Output[], const void *p);
typedef union { _cmsInterpFn16 Lerp16; _cmsInterpFnFloat LerpFloat; } cmsInterpFunction;
typedef cmsInterpFunction (*cmsInterpFnFactory)(cmsUInt32Number nInputChannels, cmsUInt32Number nOutputChannels, cmsUInt32Number dwFlags);
typedef struct { cmsPluginBase base; cmsInterpFnFactory InterpolatorsFactory; } cmsPluginInterpolation;
cmsBool cmsPlugin(void *Plugin);
cmsInterpFunction _cmsGetInterpolator(cmsUInt32Number nInputChannels, cmsUInt32Number nOutputChannels, cmsUInt32Number dwFlags);
void cmsUnregisterPlugins(void);
//--- lib.c
#include <stddef.h>
#include "lcms2.h"
#define cmsPluginMagicNumber 0x61637070
#define cmsPluginInterpolationSig 0x696E7048
static cmsInterpFnFactory factory;
static void lin16(const cmsUInt16Number Input[], cmsUInt16Number Output[], const void *p) { (void)p; Output[0] = Input[0]; }
cmsBool cmsPlugin(void *Plugin) {
  for (cmsPluginBase *pl = Plugin; pl; pl = pl->Next) {
    if (pl->Magic != cmsPluginMagicNumber || pl->ExpectedVersion > 2160) return 0;
    if (pl->Type == cmsPluginInterpolationSig) factory = ((cmsPluginInterpolation *)pl)->InterpolatorsFactory;
  }
  return 1;
}
cmsInterpFunction _cmsGetInterpolator(cmsUInt32Number nInputChannels, cmsUInt32Number nOutputChannels, cmsUInt32Number dwFlags) {
  cmsInterpFunction f = { NULL };
  if (factory) f = factory(nInputChannels, nOutputChannels, dwFlags);
  if (!f.Lerp16 && nInputChannels == 1 && nOutputChannels == 1) f.Lerp16 = lin16;
  return f;
}
void cmsUnregisterPlugins(void) { factory = NULL; }
