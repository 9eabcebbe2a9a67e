// expect: info
// why: enum net_err, returned by net_connect, gains NET_ETIMEDOUT = 110 in the middle of its declaration, but
// why: every enumerator carries an explicit errno value, so no existing value changes and the underlying type
// why: stays unsigned int; old consumers merely see a code they did not know about.
// abidiff: 0 agree
//--- v1/net.h
enum net_err { NET_OK = 0, NET_EPERM = 1, NET_ENOMEM = 12, NET_ECONNREFUSED = 111 };
enum net_err net_connect(const char *host, int port);
//--- v2/net.h
enum net_err { NET_OK = 0, NET_EPERM = 1, NET_ENOMEM = 12, NET_ETIMEDOUT = 110, NET_ECONNREFUSED = 111 };
enum net_err net_connect(const char *host, int port);
//--- lib.c
#include "net.h"
enum net_err net_connect(const char *host, int port) { return host && port > 0 ? NET_OK : NET_ECONNREFUSED; }
