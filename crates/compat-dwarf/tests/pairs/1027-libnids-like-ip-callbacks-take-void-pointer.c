// expect: info
// why: nids_register_ip and nids_register_ip_frag take the application's callbacks, which libnids calls with each IP
// why: packet and its length. v2 declares the packet parameter void * instead of struct ip * (so that nids.h no longer
// why: needs <netinet/ip.h>): the library passes the same pointer to the same bytes in %rdi, and an old callback that
// why: reads it as struct ip reads what it always did. Binaries are unaffected; source whose callback is declared with
// why: struct ip * now gets an incompatible pointer type, an API change.
// abidiff: 4 disagree: the callbacks receive the same pointer; only the declared pointee changed from struct ip to void
//--- v1/nids.h
#include <netinet/in.h>
#include <netinet/ip.h>
struct tuple4 { unsigned short source, dest; unsigned int saddr, daddr; };
int nids_init(void);
void nids_register_ip(void (*callback)(struct ip *packet, int len));
void nids_register_ip_frag(void (*callback)(struct ip *packet, int len));
void nids_feed(const unsigned char *frame, int len);
//--- v2/nids.h
struct tuple4 { unsigned short source, dest; unsigned int saddr, daddr; };
int nids_init(void);
void nids_register_ip(void (*callback)(void *packet, int len));
void nids_register_ip_frag(void (*callback)(void *packet, int len));
void nids_feed(const unsigned char *frame, int len);
//--- v1
#include <stddef.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include "nids.h"
static void (*ip_cb)(struct ip *, int);
static void (*frag_cb)(struct ip *, int);
int nids_init(void) { ip_cb = NULL; frag_cb = NULL; return 1; }
void nids_register_ip(void (*callback)(struct ip *packet, int len)) { ip_cb = callback; }
void nids_register_ip_frag(void (*callback)(struct ip *packet, int len)) { frag_cb = callback; }
void nids_feed(const unsigned char *frame, int len) {
    if (len < 34) return;
    struct ip *iph = (struct ip *)(frame + 14);
    int iplen = len - 14;
    if (frag_cb) frag_cb(iph, iplen);
    if (ip_cb && !(iph->ip_off & htons(IP_MF | IP_OFFMASK))) ip_cb(iph, iplen);
}
//--- v2
#include <stddef.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include "nids.h"
static void (*ip_cb)(void *, int);
static void (*frag_cb)(void *, int);
int nids_init(void) { ip_cb = NULL; frag_cb = NULL; return 1; }
void nids_register_ip(void (*callback)(void *packet, int len)) { ip_cb = callback; }
void nids_register_ip_frag(void (*callback)(void *packet, int len)) { frag_cb = callback; }
void nids_feed(const unsigned char *frame, int len) {
    if (len < 34) return;
    struct ip *iph = (struct ip *)(frame + 14);
    int iplen = len - 14;
    if (frag_cb) frag_cb(iph, iplen);
    if (ip_cb && !(iph->ip_off & htons(IP_MF | IP_OFFMASK))) ip_cb(iph, iplen);
}
