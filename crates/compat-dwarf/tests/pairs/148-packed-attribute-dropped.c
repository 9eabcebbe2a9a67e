// expect: breaking
// why: struct rec_hdr, which callers fill and pass to rec_write, loses __attribute__((packed)): len moves
// why: from byte 1 to byte 4, crc from 5 to 8, and the size grows from 7 to 12 bytes.
// abidiff: 4 agree
//--- v1/rec.h
struct __attribute__((packed)) rec_hdr { unsigned char type; unsigned int len; unsigned short crc; };
int rec_write(int fd, const struct rec_hdr *h);
//--- v2/rec.h
struct rec_hdr { unsigned char type; unsigned int len; unsigned short crc; };
int rec_write(int fd, const struct rec_hdr *h);
//--- lib.c
#include "rec.h"
int rec_write(int fd, const struct rec_hdr *h) { return fd < 0 ? -1 : (int)(h->type + h->len + h->crc); }
