// expect: warning
// why: struct net_stats is defined with its members in the public header and only handed out (net_get_stats returns a
// why: pointer into the library's state); v2 makes its drops member uint32_t instead of int32_t. Same size and offset,
// why: so no layout break even if consumers read it; but the type is undecided and the value changes meaning past
// why: 2^31: a warning.
// abidiff: 4 agree
//--- v1/net.h
#include <stdint.h>
struct net_stats { uint64_t rx_bytes; uint64_t tx_bytes; int32_t drops; int32_t errors; };
const struct net_stats *net_get_stats(int ifindex);
//--- v2/net.h
#include <stdint.h>
struct net_stats { uint64_t rx_bytes; uint64_t tx_bytes; uint32_t drops; int32_t errors; };
const struct net_stats *net_get_stats(int ifindex);
//--- v1
#include "net.h"
static struct net_stats stats[4];
const struct net_stats *net_get_stats(int ifindex) { return ifindex >= 0 && ifindex < 4 ? &stats[ifindex] : 0; }
//--- v2
#include "net.h"
static struct net_stats stats[4];
const struct net_stats *net_get_stats(int ifindex) { return ifindex >= 0 && ifindex < 4 ? &stats[ifindex] : 0; }
