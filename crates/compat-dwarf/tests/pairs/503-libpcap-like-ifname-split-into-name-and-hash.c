// expect: breaking
// why: struct cap_filter is caller-allocated and filled (struct cap_filter f = {0}; strcpy(f.ifname, "enp3s0");
// why: cap_filter_apply(&f)). v2 shortens char ifname[16] to char ifname[12] and puts uint32_t ifhash in its last
// why: four bytes: the size and every other offset stay, but the bytes were data, not reserved: an old caller's
// why: interface name of 12 to 15 characters now reaches the library as a truncated name plus a bogus hash, and
// why: the library no longer reads the name's tail. A member that held data cannot be replaced in place.
// abidiff: 4 agree
//--- v1/capf.h
#include <stdint.h>
struct cap_filter { int snaplen; char ifname[16]; uint32_t netmask; int promisc; };
int cap_filter_apply(const struct cap_filter *f);
//--- v2/capf.h
#include <stdint.h>
struct cap_filter { int snaplen; char ifname[12]; uint32_t ifhash; uint32_t netmask; int promisc; };
int cap_filter_apply(const struct cap_filter *f);
//--- v1
#include <string.h>
#include "capf.h"
int cap_filter_apply(const struct cap_filter *f) {
  if (f->snaplen <= 0 || strnlen(f->ifname, sizeof f->ifname) == 0) return -1;
  return (int)strnlen(f->ifname, sizeof f->ifname) + (f->promisc ? 100 : 0);
}
//--- v2
#include <string.h>
#include "capf.h"
int cap_filter_apply(const struct cap_filter *f) {
  if (f->snaplen <= 0 || strnlen(f->ifname, sizeof f->ifname) == 0) return -1;
  return (int)strnlen(f->ifname, sizeof f->ifname) + (int)(f->ifhash & 7) + (f->promisc ? 100 : 0);
}
