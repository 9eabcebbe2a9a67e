// expect: warning
// why: struct net_stats is defined in a header and only reached through the pointer net_get_stats hands out;
// why: v2 inserts dropped before tx, moving tx from byte 8 to 16. Consumers that read stats->tx directly
// why: break, but without the public headers that cannot be decided: undecided, breaking if public.
// abidiff: 4 agree
//--- v1/net.h
struct net_stats { unsigned long rx; unsigned long tx; };
const struct net_stats *net_get_stats(void);
//--- v2/net.h
struct net_stats { unsigned long rx; unsigned long dropped; unsigned long tx; };
const struct net_stats *net_get_stats(void);
//--- v1
#include "net.h"
static struct net_stats st;
const struct net_stats *net_get_stats(void) { st.rx++; return &st; }
//--- v2
#include "net.h"
static struct net_stats st;
const struct net_stats *net_get_stats(void) { st.rx++; return &st; }
