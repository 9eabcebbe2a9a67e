// expect: breaking
// why: struct addr is the caller's own value (struct addr a; addr_pton("10.0.0.1", &a);), also embedded in the
// why: caller-allocated struct route_entry that route_get fills. v2 adds a uint64_t __data64[2] view to its address
// why: union. That raises the union's alignment from 4 to 8, so the union moves from byte 4 to byte 8 and struct addr
// why: grows from 20 to 24 bytes (route_entry from 56 to 64, route_gw moving from byte 36 to 40) although no named
// why: member was inserted: v2 reads and writes every address 4 bytes further into the caller's objects.
// abidiff: 4 agree
//--- v1/dnet.h
#include <stdint.h>
#include <stddef.h>
typedef struct eth_addr { uint8_t data[6]; } eth_addr_t;
typedef uint32_t ip_addr_t;
typedef struct ip6_addr { uint8_t data[16]; } ip6_addr_t;
struct addr {
    uint16_t addr_type;
    uint16_t addr_bits;
    union {
        eth_addr_t __eth;
        ip_addr_t __ip;
        ip6_addr_t __ip6;
        uint8_t __data8[16];
        uint16_t __data16[8];
        uint32_t __data32[4];
    } __addr_u;
};
struct route_entry {
    char intf_name[16];
    struct addr route_dst;
    struct addr route_gw;
};
typedef struct route_handle route_t;
int addr_pton(const char *src, struct addr *dst);
int addr_cmp(const struct addr *a, const struct addr *b);
route_t *route_open(void);
int route_get(route_t *r, struct route_entry *entry);
route_t *route_close(route_t *r);
//--- v2/dnet.h
#include <stdint.h>
#include <stddef.h>
typedef struct eth_addr { uint8_t data[6]; } eth_addr_t;
typedef uint32_t ip_addr_t;
typedef struct ip6_addr { uint8_t data[16]; } ip6_addr_t;
struct addr {
    uint16_t addr_type;
    uint16_t addr_bits;
    union {
        eth_addr_t __eth;
        ip_addr_t __ip;
        ip6_addr_t __ip6;
        uint8_t __data8[16];
        uint16_t __data16[8];
        uint32_t __data32[4];
        uint64_t __data64[2];
    } __addr_u;
};
struct route_entry {
    char intf_name[16];
    struct addr route_dst;
    struct addr route_gw;
};
typedef struct route_handle route_t;
int addr_pton(const char *src, struct addr *dst);
int addr_cmp(const struct addr *a, const struct addr *b);
route_t *route_open(void);
int route_get(route_t *r, struct route_entry *entry);
route_t *route_close(route_t *r);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "dnet.h"
struct route_handle { int fd; struct addr gw; };
int addr_pton(const char *src, struct addr *dst) {
    unsigned a, b, c, d, bits = 32;
    if (sscanf(src, "%u.%u.%u.%u/%u", &a, &b, &c, &d, &bits) < 4 || a > 255 || b > 255 || c > 255 || d > 255) return -1;
    memset(dst, 0, sizeof *dst);
    dst->addr_type = 2; dst->addr_bits = (uint16_t)bits;
    dst->__addr_u.__data8[0] = a; dst->__addr_u.__data8[1] = b; dst->__addr_u.__data8[2] = c; dst->__addr_u.__data8[3] = d;
    return 0;
}
int addr_cmp(const struct addr *a, const struct addr *b) {
    if (a->addr_type != b->addr_type) return a->addr_type - b->addr_type;
    int len = a->addr_bits < b->addr_bits ? a->addr_bits : b->addr_bits;
    return memcmp(a->__addr_u.__data8, b->__addr_u.__data8, (len + 7) / 8);
}
route_t *route_open(void) { route_t *r = calloc(1, sizeof *r); if (r) addr_pton("192.168.1.1", &r->gw); return r; }
int route_get(route_t *r, struct route_entry *entry) {
    if (entry->route_dst.addr_type != 2) return -1;
    strcpy(entry->intf_name, "eth0");
    entry->route_gw = r->gw;
    return 0;
}
route_t *route_close(route_t *r) { free(r); return NULL; }
