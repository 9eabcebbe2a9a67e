// expect: warning
// why: the shape of 696 (a handle typedef virDomainPtr in libvirt.h names struct _virDomain, defined in another
// why: header, and v2 inserts members into it), but that header, libvirt-domain.h, also declares virDomainState,
// why: which virDomainGetState returns: consumers include it to call the library and see struct _virDomain's
// why: members, which they may read (dom->state). Handed out and declared in a header consumers include: only the
// why: public headers can tell whether they read it. The other side of 696.
// abidiff: 4 agree
//--- libvirt.h
#include "libvirt-domain.h"
typedef struct _virDomain *virDomainPtr;
virDomainPtr virDomainLookupByName(const char *name);
int virDomainGetID(virDomainPtr domain);
virDomainState virDomainGetState(virDomainPtr domain);
int virDomainFree(virDomainPtr domain);
//--- v1/libvirt-domain.h
typedef enum { VIR_DOMAIN_NOSTATE = 0, VIR_DOMAIN_RUNNING = 1, VIR_DOMAIN_SHUTOFF = 5 } virDomainState;
struct _virDomain { int refs; char *name; int id; virDomainState state; };
//--- v2/libvirt-domain.h
typedef enum { VIR_DOMAIN_NOSTATE = 0, VIR_DOMAIN_RUNNING = 1, VIR_DOMAIN_SHUTOFF = 5 } virDomainState;
struct _virDomain { int refs; void *conn; char *name; int id; virDomainState state; void *privateData; };
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libvirt.h"
virDomainPtr virDomainLookupByName(const char *name) { if (!name) return 0; virDomainPtr d = calloc(1, sizeof *d); if (!d) return 0; d->refs = 1; d->name = strdup(name); d->id = (int)strlen(name); d->state = VIR_DOMAIN_RUNNING; return d; }
int virDomainGetID(virDomainPtr d) { return d ? d->id : -1; }
virDomainState virDomainGetState(virDomainPtr d) { return d ? d->state : VIR_DOMAIN_NOSTATE; }
int virDomainFree(virDomainPtr d) { if (!d) return -1; if (--d->refs == 0) { free(d->name); free(d); } return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libvirt.h"
virDomainPtr virDomainLookupByName(const char *name) { if (!name) return 0; virDomainPtr d = calloc(1, sizeof *d); if (!d) return 0; d->refs = 1; d->name = strdup(name); d->id = (int)strlen(name); d->state = VIR_DOMAIN_RUNNING; return d; }
int virDomainGetID(virDomainPtr d) { return d ? d->id : -1; }
virDomainState virDomainGetState(virDomainPtr d) { return d ? d->state : VIR_DOMAIN_NOSTATE; }
int virDomainFree(virDomainPtr d) { if (!d) return -1; if (--d->refs == 0) { free(d->name); free(d->privateData); free(d); } return 0; }
