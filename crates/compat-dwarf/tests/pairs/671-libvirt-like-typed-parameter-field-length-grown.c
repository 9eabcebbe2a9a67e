// expect: breaking
// why: virTypedParameter is built by callers in arrays they pass to virDomainSetSchedulerParameters(dom, params,
// why: nparams); nothing hands one out. v2 grows VIR_TYPED_PARAM_FIELD_LENGTH from 80 to 96, so field grows, type
// why: and value move by 16 bytes and the element grows from 88 to 104: the library reads old callers' arrays
// why: with the wrong stride and offsets.
// abidiff: 4 agree
//--- v1/libvirt.h
#define VIR_TYPED_PARAM_FIELD_LENGTH 80
typedef struct _virDomain *virDomainPtr;
typedef struct _virTypedParameter { char field[VIR_TYPED_PARAM_FIELD_LENGTH]; int type; union { int i; unsigned int ui; long long l; double d; char *s; } value; } virTypedParameter;
typedef virTypedParameter *virTypedParameterPtr;
int virDomainSetSchedulerParameters(virDomainPtr domain, virTypedParameterPtr params, int nparams);
//--- v2/libvirt.h
#define VIR_TYPED_PARAM_FIELD_LENGTH 96
typedef struct _virDomain *virDomainPtr;
typedef struct _virTypedParameter { char field[VIR_TYPED_PARAM_FIELD_LENGTH]; int type; union { int i; unsigned int ui; long long l; double d; char *s; } value; } virTypedParameter;
typedef virTypedParameter *virTypedParameterPtr;
int virDomainSetSchedulerParameters(virDomainPtr domain, virTypedParameterPtr params, int nparams);
//--- v1
#include <string.h>
#include "libvirt.h"
struct _virDomain { int id; unsigned int weight; };
int virDomainSetSchedulerParameters(virDomainPtr d, virTypedParameterPtr p, int n) { if (!d) return -1; for (int i = 0; i < n; i++) if (!strcmp(p[i].field, "weight") && p[i].type == 2) d->weight = p[i].value.ui; return 0; }
//--- v2
#include <string.h>
#include "libvirt.h"
struct _virDomain { int id; unsigned int weight; };
int virDomainSetSchedulerParameters(virDomainPtr d, virTypedParameterPtr p, int n) { if (!d) return -1; for (int i = 0; i < n; i++) if (!strcmp(p[i].field, "weight") && p[i].type == 2) d->weight = p[i].value.ui; return 0; }
