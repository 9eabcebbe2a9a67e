// expect: breaking
// why: struct sockaddr_l2 is allocated and filled by the caller and passed to l2cap_connect (no export hands one out).
// why: v2 appends l2_bdaddr_type, as BlueZ 5 did, and the library reads it: from old callers' 12-byte objects it
// why: reads past the end.
// abidiff: 4 agree
//--- v1/l2cap.h
#include <stdint.h>
typedef struct { uint8_t b[6]; } __attribute__((packed)) bdaddr_t;
struct sockaddr_l2 { unsigned short l2_family; unsigned short l2_psm; bdaddr_t l2_bdaddr; unsigned short l2_cid; };
int l2cap_connect(int sk, const struct sockaddr_l2 *addr);
//--- v2/l2cap.h
#include <stdint.h>
typedef struct { uint8_t b[6]; } __attribute__((packed)) bdaddr_t;
struct sockaddr_l2 { unsigned short l2_family; unsigned short l2_psm; bdaddr_t l2_bdaddr; unsigned short l2_cid; uint8_t l2_bdaddr_type; };
int l2cap_connect(int sk, const struct sockaddr_l2 *addr);
//--- v1
#include "l2cap.h"
int l2cap_connect(int sk, const struct sockaddr_l2 *a) { if (sk < 0 || !a || a->l2_family != 31) return -1; return a->l2_psm + a->l2_cid + a->l2_bdaddr.b[0]; }
//--- v2
#include "l2cap.h"
int l2cap_connect(int sk, const struct sockaddr_l2 *a) { if (sk < 0 || !a || a->l2_family != 31) return -1; return a->l2_psm + a->l2_cid + a->l2_bdaddr.b[0] + (a->l2_bdaddr_type == 1 ? 0x100 : 0); }
