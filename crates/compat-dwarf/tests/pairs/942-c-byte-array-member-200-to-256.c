// expect: breaking
// why: struct packet, which callers allocate and fill, holds unsigned char payload[200]; v2 makes it [256]:
// why: the struct grows from 204 to 260 bytes and the member after it moves. The bound 199 is a one-byte
// why: DWARF constant that must read as 199 (200 elements), not -57.
// abidiff: 4 agree
// message: unsigned char[200]
//--- v1/pkt.h
struct packet { unsigned short len; unsigned short kind; unsigned char payload[200]; unsigned int crc; };
int packet_send(const struct packet *p);
//--- v2/pkt.h
struct packet { unsigned short len; unsigned short kind; unsigned char payload[256]; unsigned int crc; };
int packet_send(const struct packet *p);
//--- lib.c
#include "pkt.h"
int packet_send(const struct packet *p) { return p->len <= sizeof p->payload ? (int)(p->crc ^ p->payload[0]) : -1; }
