// expect: info
// why: nng_sockaddr is a caller-allocated union: nng_pipe_get_addr fills the caller's object. nng 1.5 adds the
// why: s_abstract variant (a 2-byte family, a 2-byte length and a 107-byte name, 111 bytes with 2-byte alignment) and
// why: appends NNG_AF_ABSTRACT to the family enum: the variant fits within the 130-byte s_ipc path, so the union keeps
// why: its 136 bytes and 8-byte alignment, and every existing variant and enumerator keeps its layout and value.
// abidiff: 0 agree
//--- v1/nng.h
#include <stdint.h>
#define NNG_MAXADDRLEN 128
typedef struct nng_pipe_s { uint32_t id; } nng_pipe;
enum nng_sockaddr_family { NNG_AF_UNSPEC = 0, NNG_AF_INPROC = 1, NNG_AF_IPC = 2, NNG_AF_INET = 3, NNG_AF_INET6 = 4, NNG_AF_ZT = 5 };
struct nng_sockaddr_inproc { uint16_t sa_family; char sa_name[NNG_MAXADDRLEN]; };
struct nng_sockaddr_path { uint16_t sa_family; char sa_path[NNG_MAXADDRLEN]; };
struct nng_sockaddr_in6 { uint16_t sa_family; uint16_t sa_port; uint8_t sa_addr[16]; uint32_t sa_scope; };
struct nng_sockaddr_in { uint16_t sa_family; uint16_t sa_port; uint32_t sa_addr; };
struct nng_sockaddr_zt { uint16_t sa_family; uint64_t sa_nwid; uint64_t sa_nodeid; uint32_t sa_port; };
typedef union nng_sockaddr {
    uint16_t s_family;
    struct nng_sockaddr_path s_ipc;
    struct nng_sockaddr_inproc s_inproc;
    struct nng_sockaddr_in6 s_in6;
    struct nng_sockaddr_in s_in;
    struct nng_sockaddr_zt s_zt;
} nng_sockaddr;
int nng_pipe_get_addr(nng_pipe p, const char *opt, nng_sockaddr *sap);
const char *nng_str_sockaddr(const nng_sockaddr *sa, char *buf, unsigned long bufsz);
//--- v2/nng.h
#include <stdint.h>
#define NNG_MAXADDRLEN 128
typedef struct nng_pipe_s { uint32_t id; } nng_pipe;
enum nng_sockaddr_family { NNG_AF_UNSPEC = 0, NNG_AF_INPROC = 1, NNG_AF_IPC = 2, NNG_AF_INET = 3, NNG_AF_INET6 = 4, NNG_AF_ZT = 5, NNG_AF_ABSTRACT = 6 };
struct nng_sockaddr_inproc { uint16_t sa_family; char sa_name[NNG_MAXADDRLEN]; };
struct nng_sockaddr_path { uint16_t sa_family; char sa_path[NNG_MAXADDRLEN]; };
struct nng_sockaddr_in6 { uint16_t sa_family; uint16_t sa_port; uint8_t sa_addr[16]; uint32_t sa_scope; };
struct nng_sockaddr_in { uint16_t sa_family; uint16_t sa_port; uint32_t sa_addr; };
struct nng_sockaddr_zt { uint16_t sa_family; uint64_t sa_nwid; uint64_t sa_nodeid; uint32_t sa_port; };
struct nng_sockaddr_abstract { uint16_t sa_family; uint16_t sa_len; uint8_t sa_name[107]; };
typedef union nng_sockaddr {
    uint16_t s_family;
    struct nng_sockaddr_path s_ipc;
    struct nng_sockaddr_inproc s_inproc;
    struct nng_sockaddr_in6 s_in6;
    struct nng_sockaddr_in s_in;
    struct nng_sockaddr_zt s_zt;
    struct nng_sockaddr_abstract s_abstract;
} nng_sockaddr;
int nng_pipe_get_addr(nng_pipe p, const char *opt, nng_sockaddr *sap);
const char *nng_str_sockaddr(const nng_sockaddr *sa, char *buf, unsigned long bufsz);
//--- v1
#include <stdio.h>
#include <string.h>
#include "nng.h"
int nng_pipe_get_addr(nng_pipe p, const char *opt, nng_sockaddr *sap) {
    if (!p.id || !opt || !sap) return 3;
    memset(sap, 0, sizeof *sap);
    if (!strcmp(opt, "remote-address")) { sap->s_in.sa_family = NNG_AF_INET; sap->s_in.sa_port = (uint16_t)(p.id & 0xFFFF); sap->s_in.sa_addr = 0x0100007F; }
    else { sap->s_ipc.sa_family = NNG_AF_IPC; snprintf(sap->s_ipc.sa_path, sizeof sap->s_ipc.sa_path, "/tmp/nng-%u", (unsigned)p.id); }
    return 0;
}
const char *nng_str_sockaddr(const nng_sockaddr *sa, char *buf, unsigned long bufsz) {
    switch (sa->s_family) {
    case NNG_AF_INET: snprintf(buf, bufsz, "tcp://%u:%u", (unsigned)sa->s_in.sa_addr, (unsigned)sa->s_in.sa_port); break;
    case NNG_AF_IPC: snprintf(buf, bufsz, "ipc://%s", sa->s_ipc.sa_path); break;
    default: snprintf(buf, bufsz, "unknown"); break;
    }
    return buf;
}
//--- v2
#include <stdio.h>
#include <string.h>
#include "nng.h"
int nng_pipe_get_addr(nng_pipe p, const char *opt, nng_sockaddr *sap) {
    if (!p.id || !opt || !sap) return 3;
    memset(sap, 0, sizeof *sap);
    if (!strcmp(opt, "remote-address")) { sap->s_in.sa_family = NNG_AF_INET; sap->s_in.sa_port = (uint16_t)(p.id & 0xFFFF); sap->s_in.sa_addr = 0x0100007F; }
    else if (!strcmp(opt, "abstract-address")) { sap->s_abstract.sa_family = NNG_AF_ABSTRACT; sap->s_abstract.sa_len = (uint16_t)snprintf((char *)sap->s_abstract.sa_name, sizeof sap->s_abstract.sa_name, "nng-%u", (unsigned)p.id); }
    else { sap->s_ipc.sa_family = NNG_AF_IPC; snprintf(sap->s_ipc.sa_path, sizeof sap->s_ipc.sa_path, "/tmp/nng-%u", (unsigned)p.id); }
    return 0;
}
const char *nng_str_sockaddr(const nng_sockaddr *sa, char *buf, unsigned long bufsz) {
    switch (sa->s_family) {
    case NNG_AF_INET: snprintf(buf, bufsz, "tcp://%u:%u", (unsigned)sa->s_in.sa_addr, (unsigned)sa->s_in.sa_port); break;
    case NNG_AF_IPC: snprintf(buf, bufsz, "ipc://%s", sa->s_ipc.sa_path); break;
    case NNG_AF_ABSTRACT: snprintf(buf, bufsz, "abstract://%.*s", (int)sa->s_abstract.sa_len, (const char *)sa->s_abstract.sa_name); break;
    default: snprintf(buf, bufsz, "unknown"); break;
    }
    return buf;
}
