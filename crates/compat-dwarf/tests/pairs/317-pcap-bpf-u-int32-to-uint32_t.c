// expect: none
// why: bpf_u_int32, the type of caplen and len in the caller-allocated struct pcap_pkthdr that pcap_next fills,
// why: is redefined from u_int to uint32_t: both are unsigned int, so the struct and every function are unchanged.
// abidiff: 0 agree
//--- v1/pcap.h
#include <sys/types.h>
#include <sys/time.h>
typedef u_int bpf_u_int32;
struct pcap_pkthdr { struct timeval ts; bpf_u_int32 caplen; bpf_u_int32 len; };
typedef struct pcap pcap_t;
const u_char *pcap_next(pcap_t *p, struct pcap_pkthdr *h);
bpf_u_int32 pcap_snapshot_len(pcap_t *p);
//--- v2/pcap.h
#include <stdint.h>
#include <sys/types.h>
#include <sys/time.h>
typedef uint32_t bpf_u_int32;
struct pcap_pkthdr { struct timeval ts; bpf_u_int32 caplen; bpf_u_int32 len; };
typedef struct pcap pcap_t;
const u_char *pcap_next(pcap_t *p, struct pcap_pkthdr *h);
bpf_u_int32 pcap_snapshot_len(pcap_t *p);
//--- lib.c
#include "pcap.h"
struct pcap { int snapshot; u_char buf[64]; };
const u_char *pcap_next(pcap_t *p, struct pcap_pkthdr *h) {
  if (!p || !h) return 0;
  h->ts.tv_sec = 0; h->ts.tv_usec = 0; h->caplen = 60; h->len = 60;
  return p->buf;
}
bpf_u_int32 pcap_snapshot_len(pcap_t *p) { return p ? (bpf_u_int32)p->snapshot : 0; }
