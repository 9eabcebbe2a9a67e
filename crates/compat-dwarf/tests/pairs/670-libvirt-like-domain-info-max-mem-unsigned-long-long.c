// expect: info
// why: virDomainInfo is caller-allocated (virDomainGetInfo fills the caller's struct). v2 declares maxMem and memory
// why: unsigned long long instead of unsigned long: on x86-64 both are 8-byte unsigned integers, so every member
// why: keeps its size, offset and meaning, and C symbols carry no types (as in 126 and 183); only the spelling changed.
// abidiff: 4 disagree: abidiff reports the members' type names; both are 8-byte unsigned integers here.
//--- v1/libvirt.h
typedef struct _virDomain *virDomainPtr;
typedef struct _virDomainInfo { unsigned char state; unsigned long maxMem; unsigned long memory; unsigned short nrVirtCpu; unsigned long long cpuTime; } virDomainInfo;
typedef virDomainInfo *virDomainInfoPtr;
virDomainPtr virDomainLookupByID(int id);
int virDomainGetInfo(virDomainPtr domain, virDomainInfoPtr info);
//--- v2/libvirt.h
typedef struct _virDomain *virDomainPtr;
typedef struct _virDomainInfo { unsigned char state; unsigned long long maxMem; unsigned long long memory; unsigned short nrVirtCpu; unsigned long long cpuTime; } virDomainInfo;
typedef virDomainInfo *virDomainInfoPtr;
virDomainPtr virDomainLookupByID(int id);
int virDomainGetInfo(virDomainPtr domain, virDomainInfoPtr info);
//--- v1
#include <stdlib.h>
#include "libvirt.h"
struct _virDomain { int id; unsigned long mem; };
virDomainPtr virDomainLookupByID(int id) { virDomainPtr d = calloc(1, sizeof *d); if (d) { d->id = id; d->mem = 1UL << 20; } return d; }
int virDomainGetInfo(virDomainPtr d, virDomainInfoPtr info) { if (!d || !info) return -1; info->state = 1; info->maxMem = d->mem; info->memory = d->mem / 2; info->nrVirtCpu = 2; info->cpuTime = 0; return 0; }
//--- v2
#include <stdlib.h>
#include "libvirt.h"
struct _virDomain { int id; unsigned long mem; };
virDomainPtr virDomainLookupByID(int id) { virDomainPtr d = calloc(1, sizeof *d); if (d) { d->id = id; d->mem = 1UL << 20; } return d; }
int virDomainGetInfo(virDomainPtr d, virDomainInfoPtr info) { if (!d || !info) return -1; info->state = 1; info->maxMem = d->mem; info->memory = d->mem / 2; info->nrVirtCpu = 2; info->cpuTime = 0; return 0; }
