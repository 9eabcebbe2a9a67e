// expect: breaking
// why: Embree 4 changes rtcIntersect1 from (scene, struct RTCIntersectContext *context, struct RTCRayHit *rayhit) to
// why: (scene, struct RTCRayHit *rayhit, struct RTCIntersectArguments *args), keeping the C symbol. An old caller passes
// why: its intersect context where v2 expects the ray, and its ray where v2 expects the optional arguments: v2 traces
// why: the context's bytes as a ray, writes the hit into them, and reads the caller's ray as flags and a filter
// why: callback it may call. RTCIntersectContext and rtcInitIntersectContext are gone too.
// abidiff: 12 agree
//--- v1/rtcore.h
#define RTC_ALIGN(x) __attribute__((aligned(x)))
typedef struct RTCSceneTy *RTCScene;
enum RTCIntersectContextFlags { RTC_INTERSECT_CONTEXT_FLAG_NONE = 0, RTC_INTERSECT_CONTEXT_FLAG_INCOHERENT = 0, RTC_INTERSECT_CONTEXT_FLAG_COHERENT = 1 };
struct RTCFilterFunctionNArguments;
typedef void (*RTCFilterFunctionN)(const struct RTCFilterFunctionNArguments *args);
struct RTCIntersectContext {
    enum RTCIntersectContextFlags flags;
    RTCFilterFunctionN filter;
    unsigned int instID[1];
};
struct RTC_ALIGN(16) RTCRay { float org_x, org_y, org_z; float tnear; float dir_x, dir_y, dir_z; float time; float tfar; unsigned int mask; unsigned int id; unsigned int flags; };
struct RTC_ALIGN(16) RTCHit { float Ng_x, Ng_y, Ng_z; float u, v; unsigned int primID; unsigned int geomID; unsigned int instID[1]; };
struct RTC_ALIGN(16) RTCRayHit { struct RTCRay ray; struct RTCHit hit; };
RTCScene rtcNewScene(void);
void rtcInitIntersectContext(struct RTCIntersectContext *context);
void rtcIntersect1(RTCScene scene, struct RTCIntersectContext *context, struct RTCRayHit *rayhit);
//--- v2/rtcore.h
#define RTC_ALIGN(x) __attribute__((aligned(x)))
typedef struct RTCSceneTy *RTCScene;
enum RTCRayQueryFlags { RTC_RAY_QUERY_FLAG_NONE = 0, RTC_RAY_QUERY_FLAG_INVOKE_ARGUMENT_FILTER = 2, RTC_RAY_QUERY_FLAG_INCOHERENT = 0, RTC_RAY_QUERY_FLAG_COHERENT = 1 };
enum RTCFeatureFlags { RTC_FEATURE_FLAG_NONE = 0, RTC_FEATURE_FLAG_ALL = 0xffffffff };
struct RTCFilterFunctionNArguments;
typedef void (*RTCFilterFunctionN)(const struct RTCFilterFunctionNArguments *args);
struct RTCRayQueryContext { unsigned int instID[1]; };
struct RTCIntersectArguments {
    enum RTCRayQueryFlags flags;
    enum RTCFeatureFlags feature_mask;
    struct RTCRayQueryContext *context;
    RTCFilterFunctionN filter;
};
struct RTC_ALIGN(16) RTCRay { float org_x, org_y, org_z; float tnear; float dir_x, dir_y, dir_z; float time; float tfar; unsigned int mask; unsigned int id; unsigned int flags; };
struct RTC_ALIGN(16) RTCHit { float Ng_x, Ng_y, Ng_z; float u, v; unsigned int primID; unsigned int geomID; unsigned int instID[1]; };
struct RTC_ALIGN(16) RTCRayHit { struct RTCRay ray; struct RTCHit hit; };
RTCScene rtcNewScene(void);
void rtcInitIntersectArguments(struct RTCIntersectArguments *args);
void rtcIntersect1(RTCScene scene, struct RTCRayHit *rayhit, struct RTCIntersectArguments *args);
//--- v1
#include <stdlib.h>
#include "rtcore.h"
struct RTCSceneTy { float sphere_r; };
RTCScene rtcNewScene(void) { RTCScene s = calloc(1, sizeof *s); if (s) s->sphere_r = 1.0f; return s; }
void rtcInitIntersectContext(struct RTCIntersectContext *context) { context->flags = RTC_INTERSECT_CONTEXT_FLAG_INCOHERENT; context->filter = NULL; context->instID[0] = (unsigned)-1; }
void rtcIntersect1(RTCScene scene, struct RTCIntersectContext *context, struct RTCRayHit *rayhit) {
    struct RTCRay *r = &rayhit->ray;
    float b = r->org_x * r->dir_x + r->org_y * r->dir_y + r->org_z * r->dir_z;
    float c = r->org_x * r->org_x + r->org_y * r->org_y + r->org_z * r->org_z - scene->sphere_r * scene->sphere_r;
    float t = -b - (b * b - c > 0 ? b * b - c : 0);
    if (b * b - c >= 0 && t > r->tnear && t < r->tfar) {
        r->tfar = t;
        rayhit->hit.geomID = 0; rayhit->hit.primID = 0; rayhit->hit.instID[0] = context->instID[0];
        rayhit->hit.Ng_x = r->org_x + t * r->dir_x; rayhit->hit.Ng_y = r->org_y + t * r->dir_y; rayhit->hit.Ng_z = r->org_z + t * r->dir_z;
        if (context->filter) context->filter(NULL);
    }
}
//--- v2
#include <stdlib.h>
#include "rtcore.h"
struct RTCSceneTy { float sphere_r; };
RTCScene rtcNewScene(void) { RTCScene s = calloc(1, sizeof *s); if (s) s->sphere_r = 1.0f; return s; }
void rtcInitIntersectArguments(struct RTCIntersectArguments *args) { args->flags = RTC_RAY_QUERY_FLAG_INCOHERENT; args->feature_mask = RTC_FEATURE_FLAG_ALL; args->context = NULL; args->filter = NULL; }
void rtcIntersect1(RTCScene scene, struct RTCRayHit *rayhit, struct RTCIntersectArguments *args) {
    struct RTCRay *r = &rayhit->ray;
    float b = r->org_x * r->dir_x + r->org_y * r->dir_y + r->org_z * r->dir_z;
    float c = r->org_x * r->org_x + r->org_y * r->org_y + r->org_z * r->org_z - scene->sphere_r * scene->sphere_r;
    float t = -b - (b * b - c > 0 ? b * b - c : 0);
    if (b * b - c >= 0 && t > r->tnear && t < r->tfar) {
        r->tfar = t;
        rayhit->hit.geomID = 0; rayhit->hit.primID = 0; rayhit->hit.instID[0] = args && args->context ? args->context->instID[0] : (unsigned)-1;
        rayhit->hit.Ng_x = r->org_x + t * r->dir_x; rayhit->hit.Ng_y = r->org_y + t * r->dir_y; rayhit->hit.Ng_z = r->org_z + t * r->dir_z;
        if (args && (args->flags & RTC_RAY_QUERY_FLAG_INVOKE_ARGUMENT_FILTER) && args->filter) args->filter(NULL);
    }
}
