// expect: none
// why: struct wire goes from #pragma pack(push, 1) to __attribute__((packed)): both give t at 0, len at 1,
// why: crc at 5 and 7 bytes in all; the same type for every binary.
// abidiff: 0 agree
//--- v1/wire.h
#pragma pack(push, 1)
struct wire { unsigned char t; unsigned int len; unsigned short crc; };
#pragma pack(pop)
int wire_send(int fd, const struct wire *w);
//--- v2/wire.h
struct __attribute__((packed)) wire { unsigned char t; unsigned int len; unsigned short crc; };
int wire_send(int fd, const struct wire *w);
//--- lib.c
#include "wire.h"
int wire_send(int fd, const struct wire *w) { return fd < 0 ? -1 : (int)(w->t + w->len + w->crc); }
