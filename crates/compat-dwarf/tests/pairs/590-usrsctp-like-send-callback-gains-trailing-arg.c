// expect: info
// why: The send callback consumers pass to usrsctp_socket gains a trailing void *ulp_info (as usrsctp 0.9.5
// why: did). The library now calls it with a third argument in %rdx, which a callback compiled for (sock,
// why: sb_free) never reads: the first two arguments keep their registers and types and the int result is the
// why: same, so old binaries work. New sources must write the new signature: an API change worth a line.
// abidiff: 4 disagree: abidiff reports the parameter type of usrsctp_socket changed; an argument appended after the others reaches an old callback only in a register it ignores.
//--- v1/usrsctp.h
#include <stdint.h>
#include <stddef.h>
struct socket;
struct socket *usrsctp_socket(int domain, int type, int protocol, int (*receive_cb)(struct socket *sock, void *data, size_t datalen, int flags, void *ulp_info), int (*send_cb)(struct socket *sock, uint32_t sb_free), uint32_t sb_threshold, void *ulp_info);
int usrsctp_pump(struct socket *so);
//--- v2/usrsctp.h
#include <stdint.h>
#include <stddef.h>
struct socket;
struct socket *usrsctp_socket(int domain, int type, int protocol, int (*receive_cb)(struct socket *sock, void *data, size_t datalen, int flags, void *ulp_info), int (*send_cb)(struct socket *sock, uint32_t sb_free, void *ulp_info), uint32_t sb_threshold, void *ulp_info);
int usrsctp_pump(struct socket *so);
//--- v1
#include <stdlib.h>
#include "usrsctp.h"
struct socket { int (*send_cb)(struct socket *, uint32_t); uint32_t threshold; void *ulp_info; };
struct socket *usrsctp_socket(int domain, int type, int protocol, int (*receive_cb)(struct socket *sock, void *data, size_t datalen, int flags, void *ulp_info), int (*send_cb)(struct socket *sock, uint32_t sb_free), uint32_t sb_threshold, void *ulp_info) { (void)domain; (void)type; (void)protocol; (void)receive_cb; struct socket *s = calloc(1, sizeof *s); if (s) { s->send_cb = send_cb; s->threshold = sb_threshold; s->ulp_info = ulp_info; } return s; }
int usrsctp_pump(struct socket *so) { return so->send_cb ? so->send_cb(so, so->threshold * 2) : 0; }
//--- v2
#include <stdlib.h>
#include "usrsctp.h"
struct socket { int (*send_cb)(struct socket *, uint32_t, void *); uint32_t threshold; void *ulp_info; };
struct socket *usrsctp_socket(int domain, int type, int protocol, int (*receive_cb)(struct socket *sock, void *data, size_t datalen, int flags, void *ulp_info), int (*send_cb)(struct socket *sock, uint32_t sb_free, void *ulp_info), uint32_t sb_threshold, void *ulp_info) { (void)domain; (void)type; (void)protocol; (void)receive_cb; struct socket *s = calloc(1, sizeof *s); if (s) { s->send_cb = send_cb; s->threshold = sb_threshold; s->ulp_info = ulp_info; } return s; }
int usrsctp_pump(struct socket *so) { return so->send_cb ? so->send_cb(so, so->threshold * 2, so->ulp_info) : 0; }
