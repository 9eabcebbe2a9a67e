// expect: warning
// why: struct bus_msg is defined with its members in the public header and only handed out (bus_recv returns
// why: one); consumers may read msg->body[i] directly or treat it as opaque, which only the headers' documentation
// why: says. v2 replaces the flexible array unsigned char body[] at byte 8 with a pointer unsigned char *body:
// why: old consumers index the bytes at offset 8 and now read the pointer's bytes as the body: breaking if the
// why: members are public, so a warning naming what decides it.
// abidiff: 4 agree
//--- v1/bus.h
#include <stdint.h>
struct bus_msg { uint32_t type; uint32_t len; unsigned char body[]; };
struct bus_msg *bus_recv(int fd);
void bus_msg_free(struct bus_msg *m);
//--- v2/bus.h
#include <stdint.h>
struct bus_msg { uint32_t type; uint32_t len; unsigned char *body; };
struct bus_msg *bus_recv(int fd);
void bus_msg_free(struct bus_msg *m);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "bus.h"
struct bus_msg *bus_recv(int fd) { struct bus_msg *m = malloc(sizeof *m + 4); if (!m) return NULL; m->type = (uint32_t)fd; m->len = 4; memcpy(m->body, "ping", 4); return m; }
void bus_msg_free(struct bus_msg *m) { free(m); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "bus.h"
struct bus_msg *bus_recv(int fd) { struct bus_msg *m = malloc(sizeof *m + 4); if (!m) return NULL; m->type = (uint32_t)fd; m->len = 4; m->body = (unsigned char *)(m + 1); memcpy(m->body, "ping", 4); return m; }
void bus_msg_free(struct bus_msg *m) { free(m); }
