// expect: breaking
// why: net_connect gains a trailing int port parameter: old callers never set %edx, so the library
// why: connects to whatever port the register happens to hold.
// abidiff: 4 agree
//--- conn.h
struct conn;
struct conn *conn_new(void);
//--- v1/net.h
#include "conn.h"
int net_connect(struct conn *c, const char *host);
//--- v2/net.h
#include "conn.h"
int net_connect(struct conn *c, const char *host, int port);
//--- v1
#include <stdlib.h>
#include "net.h"
struct conn { int port; };
struct conn *conn_new(void) { return calloc(1, sizeof(struct conn)); }
int net_connect(struct conn *c, const char *host) { c->port = 80; return host != 0; }
//--- v2
#include <stdlib.h>
#include "net.h"
struct conn { int port; };
struct conn *conn_new(void) { return calloc(1, sizeof(struct conn)); }
int net_connect(struct conn *c, const char *host, int port) { c->port = port; return host != 0; }
