// expect: none
// why: The trailing payload of struct msg goes from a C99 flexible array member (unsigned char payload[]) to
// why: the GNU zero-length spelling (payload[0]): both are no bytes at offset 8 and the struct stays 8
// why: bytes, so the type is the same for every binary.
// abidiff: 0 agree
//--- v1/msg.h
struct msg { unsigned int len; unsigned int type; unsigned char payload[]; };
struct msg *msg_recv(int fd);
//--- v2/msg.h
struct msg { unsigned int len; unsigned int type; unsigned char payload[0]; };
struct msg *msg_recv(int fd);
//--- lib.c
#include <stdlib.h>
#include "msg.h"
struct msg *msg_recv(int fd) { struct msg *m = malloc(sizeof *m + 16); if (m) { m->len = 16; m->type = (unsigned)fd; m->payload[0] = 0; } return m; }
