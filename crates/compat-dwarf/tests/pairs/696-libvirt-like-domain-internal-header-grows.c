// expect: info
// why: virDomainPtr is a pointer to struct _virDomain, which the public header only forward-declares; it is defined
// why: in the library's internal header datatypes.h, which is not installed. v2 inserts members there; consumers
// why: hold virDomainPtr handles the library hands out and never see the struct (as in 147 and 424).
// abidiff: 4 disagree: abidiff reports struct _virDomain's members; it is defined only in the internal header datatypes.h.
//--- libvirt.h
typedef struct _virDomain *virDomainPtr;
virDomainPtr virDomainLookupByName(const char *name);
int virDomainGetID(virDomainPtr domain);
const char *virDomainGetName(virDomainPtr domain);
int virDomainFree(virDomainPtr domain);
//--- v1/datatypes.h
struct _virDomain { int refs; char *name; int id; unsigned char uuid[16]; };
//--- v2/datatypes.h
struct _virDomain { int refs; void *conn; char *name; int id; unsigned char uuid[16]; void *privateData; };
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libvirt.h"
#include "datatypes.h"
virDomainPtr virDomainLookupByName(const char *name) { if (!name) return 0; virDomainPtr d = calloc(1, sizeof *d); if (!d) return 0; d->refs = 1; d->name = strdup(name); d->id = (int)strlen(name); return d; }
int virDomainGetID(virDomainPtr d) { return d ? d->id : -1; }
const char *virDomainGetName(virDomainPtr d) { return d ? d->name : 0; }
int virDomainFree(virDomainPtr d) { if (!d) return -1; if (--d->refs == 0) { free(d->name); free(d); } return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libvirt.h"
#include "datatypes.h"
virDomainPtr virDomainLookupByName(const char *name) { if (!name) return 0; virDomainPtr d = calloc(1, sizeof *d); if (!d) return 0; d->refs = 1; d->name = strdup(name); d->id = (int)strlen(name); return d; }
int virDomainGetID(virDomainPtr d) { return d ? d->id : -1; }
const char *virDomainGetName(virDomainPtr d) { return d ? d->name : 0; }
int virDomainFree(virDomainPtr d) { if (!d) return -1; if (--d->refs == 0) { free(d->name); free(d->privateData); free(d); } return 0; }
