// expect: warning
// why: struct UPNPDev is declared with its members in miniupnpc.h and consumers only get the list upnpDiscover
// why: allocates (freed by freeUPNPDevlist). miniupnpc 1.9 inserts char *usn after st, moving scope_id from 24 to 32
// why: and buffer from 28 to 36. The library owns every allocation, so whether this breaks depends on whether
// why: consumers read dev->scope_id or dev->buffer themselves, which only the public headers can tell: undecided.
// abidiff: 4 agree
//--- v1/miniupnpc.h
struct UPNPDev { struct UPNPDev *pNext; char *descURL; char *st; unsigned int scope_id; char buffer[3]; };
struct UPNPDev *upnpDiscover(int delay, const char *multicastif, const char *minissdpdsock, int localport, int ipv6, unsigned char ttl, int *error);
void freeUPNPDevlist(struct UPNPDev *devlist);
//--- v2/miniupnpc.h
struct UPNPDev { struct UPNPDev *pNext; char *descURL; char *st; char *usn; unsigned int scope_id; char buffer[3]; };
struct UPNPDev *upnpDiscover(int delay, const char *multicastif, const char *minissdpdsock, int localport, int ipv6, unsigned char ttl, int *error);
void freeUPNPDevlist(struct UPNPDev *devlist);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "miniupnpc.h"
struct UPNPDev *upnpDiscover(int delay, const char *multicastif, const char *minissdpdsock, int localport, int ipv6, unsigned char ttl, int *error) {
    (void)delay; (void)multicastif; (void)minissdpdsock; (void)localport; (void)ipv6; (void)ttl;
    const char *url = "http://192.168.1.1:5000/rootDesc.xml", *st = "urn:schemas-upnp-org:device:InternetGatewayDevice:1";
    size_t lu = strlen(url) + 1, ls = strlen(st) + 1;
    struct UPNPDev *d = malloc(sizeof *d + lu + ls);
    if (!d) { if (error) *error = -102; return 0; }
    d->pNext = 0; d->descURL = d->buffer; d->st = d->buffer + lu; memcpy(d->descURL, url, lu); memcpy(d->st, st, ls); d->scope_id = 0;
    if (error) *error = 0; return d;
}
void freeUPNPDevlist(struct UPNPDev *devlist) { while (devlist) { struct UPNPDev *n = devlist->pNext; free(devlist); devlist = n; } }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "miniupnpc.h"
struct UPNPDev *upnpDiscover(int delay, const char *multicastif, const char *minissdpdsock, int localport, int ipv6, unsigned char ttl, int *error) {
    (void)delay; (void)multicastif; (void)minissdpdsock; (void)localport; (void)ipv6; (void)ttl;
    const char *url = "http://192.168.1.1:5000/rootDesc.xml", *st = "urn:schemas-upnp-org:device:InternetGatewayDevice:1", *usn = "uuid:upnp-InternetGatewayDevice-1_0";
    size_t lu = strlen(url) + 1, ls = strlen(st) + 1, ln = strlen(usn) + 1;
    struct UPNPDev *d = malloc(sizeof *d + lu + ls + ln);
    if (!d) { if (error) *error = -102; return 0; }
    d->pNext = 0; d->descURL = d->buffer; d->st = d->buffer + lu; d->usn = d->st + ls; memcpy(d->descURL, url, lu); memcpy(d->st, st, ls); memcpy(d->usn, usn, ln); d->scope_id = 0;
    if (error) *error = 0; return d;
}
void freeUPNPDevlist(struct UPNPDev *devlist) { while (devlist) { struct UPNPDev *n = devlist->pNext; free(devlist); devlist = n; } }
