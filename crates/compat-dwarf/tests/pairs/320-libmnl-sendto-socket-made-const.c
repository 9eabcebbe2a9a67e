// expect: info
// why: mnl_socket_sendto's nl parameter becomes const struct mnl_socket *: the same pointer in %rdi under the same
// why: C symbol, and mnl_socket is defined only in the library's source; the library only promises not to write
// why: through it (as in 224).
// abidiff: 0 agree
//--- v1/libmnl.h
#include <stddef.h>
#include <sys/types.h>
struct mnl_socket;
struct mnl_socket *mnl_socket_open(int bus);
ssize_t mnl_socket_sendto(struct mnl_socket *nl, const void *req, size_t siz);
unsigned int mnl_socket_get_portid(const struct mnl_socket *nl);
//--- v2/libmnl.h
#include <stddef.h>
#include <sys/types.h>
struct mnl_socket;
struct mnl_socket *mnl_socket_open(int bus);
ssize_t mnl_socket_sendto(const struct mnl_socket *nl, const void *req, size_t siz);
unsigned int mnl_socket_get_portid(const struct mnl_socket *nl);
//--- v1
#include <stdlib.h>
#include "libmnl.h"
struct mnl_socket { int fd; unsigned int portid; };
struct mnl_socket *mnl_socket_open(int bus) { struct mnl_socket *s = calloc(1, sizeof *s); if (s) { s->fd = bus + 3; s->portid = 42; } return s; }
ssize_t mnl_socket_sendto(struct mnl_socket *nl, const void *req, size_t siz) { return nl && req && nl->fd >= 0 ? (ssize_t)siz : -1; }
unsigned int mnl_socket_get_portid(const struct mnl_socket *nl) { return nl->portid; }
//--- v2
#include <stdlib.h>
#include "libmnl.h"
struct mnl_socket { int fd; unsigned int portid; };
struct mnl_socket *mnl_socket_open(int bus) { struct mnl_socket *s = calloc(1, sizeof *s); if (s) { s->fd = bus + 3; s->portid = 42; } return s; }
ssize_t mnl_socket_sendto(const struct mnl_socket *nl, const void *req, size_t siz) { return nl && req && nl->fd >= 0 ? (ssize_t)siz : -1; }
unsigned int mnl_socket_get_portid(const struct mnl_socket *nl) { return nl->portid; }
