// expect: warning
// why: pcap_if_t is declared with its members in pcap.h and only handed out: pcap_findalldevs writes a list the
// why: library allocates through its pcap_if_t ** out-parameter. v2 appends bpf_u_int32 flags (libpcap 1.6):
// why: existing offsets hold and the struct grows, which matters only if consumers copy or allocate it;
// why: only the public headers can tell, so the type is undecided (as in 54).
// abidiff: 4 agree
//--- v1/pcap.h
typedef unsigned int bpf_u_int32;
typedef struct pcap_if pcap_if_t;
struct pcap_addr;
struct pcap_if { struct pcap_if *next; char *name; char *description; struct pcap_addr *addresses; };
int pcap_findalldevs(pcap_if_t **alldevsp, char *errbuf);
void pcap_freealldevs(pcap_if_t *alldevs);
//--- v2/pcap.h
typedef unsigned int bpf_u_int32;
typedef struct pcap_if pcap_if_t;
struct pcap_addr;
struct pcap_if { struct pcap_if *next; char *name; char *description; struct pcap_addr *addresses; bpf_u_int32 flags; };
int pcap_findalldevs(pcap_if_t **alldevsp, char *errbuf);
void pcap_freealldevs(pcap_if_t *alldevs);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "pcap.h"
int pcap_findalldevs(pcap_if_t **alldevsp, char *errbuf) {
  pcap_if_t *d = calloc(1, sizeof *d);
  if (!d) { if (errbuf) strcpy(errbuf, "out of memory"); return -1; }
  d->name = strdup("lo"); *alldevsp = d; return 0;
}
void pcap_freealldevs(pcap_if_t *alldevs) { while (alldevs) { pcap_if_t *n = alldevs->next; free(alldevs->name); free(alldevs); alldevs = n; } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "pcap.h"
int pcap_findalldevs(pcap_if_t **alldevsp, char *errbuf) {
  pcap_if_t *d = calloc(1, sizeof *d);
  if (!d) { if (errbuf) strcpy(errbuf, "out of memory"); return -1; }
  d->name = strdup("lo"); d->flags = 0x1 | 0x2; *alldevsp = d; return 0;
}
void pcap_freealldevs(pcap_if_t *alldevs) { while (alldevs) { pcap_if_t *n = alldevs->next; free(alldevs->name); free(alldevs); alldevs = n; } }
