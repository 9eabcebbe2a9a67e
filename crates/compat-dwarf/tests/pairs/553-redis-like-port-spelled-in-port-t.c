// expect: none
// why: struct srv_addr is caller-allocated (srv_connect takes a pointer, nothing hands one out); v2 spells its port
// why: member in_port_t instead of uint16_t. in_port_t is a typedef of uint16_t: the same type, size and offset.
// abidiff: 0 agree
//--- v1/srv.h
#include <stdint.h>
struct srv_addr { char host[64]; uint16_t port; int family; };
int srv_connect(const struct srv_addr *a);
//--- v2/srv.h
#include <netinet/in.h>
#include <stdint.h>
struct srv_addr { char host[64]; in_port_t port; int family; };
int srv_connect(const struct srv_addr *a);
//--- v1
#include "srv.h"
int srv_connect(const struct srv_addr *a) { return a->host[0] ? a->port + a->family : -1; }
//--- v2
#include "srv.h"
int srv_connect(const struct srv_addr *a) { return a->host[0] ? a->port + a->family : -1; }
