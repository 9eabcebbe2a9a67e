// expect: breaking
// why: union nl_sockaddr_any is caller-allocated (union nl_sockaddr_any sa; socklen_t len = sizeof sa;
// why: nl_get_peer(sock, &sa, &len)); nothing hands one out. v2 adds a struct sockaddr_un variant: the union grows
// why: from 28 to 112 bytes, and although the caller passes its length, nl_get_peer copies sizeof(union) bytes
// why: when the peer is a unix socket, so an old caller's 28-byte object is overrun; every array of these unions
// why: also changes its stride.
// abidiff: 4 agree
//--- v1/nlsock.h
#include <netinet/in.h>
#include <sys/socket.h>
union nl_sockaddr_any { struct sockaddr sa; struct sockaddr_in in4; struct sockaddr_in6 in6; };
struct nl_sock;
struct nl_sock *nl_socket_alloc(void);
void nl_socket_free(struct nl_sock *sk);
int nl_get_peer(const struct nl_sock *sk, union nl_sockaddr_any *sa, socklen_t *len);
//--- v2/nlsock.h
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
union nl_sockaddr_any { struct sockaddr sa; struct sockaddr_in in4; struct sockaddr_in6 in6; struct sockaddr_un un; };
struct nl_sock;
struct nl_sock *nl_socket_alloc(void);
void nl_socket_free(struct nl_sock *sk);
int nl_get_peer(const struct nl_sock *sk, union nl_sockaddr_any *sa, socklen_t *len);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "nlsock.h"
struct nl_sock { union nl_sockaddr_any peer; socklen_t peer_len; int fd; };
struct nl_sock *nl_socket_alloc(void) { struct nl_sock *s = calloc(1, sizeof *s); if (s) { s->fd = -1; s->peer.in4.sin_family = AF_INET; s->peer_len = sizeof s->peer.in4; } return s; }
void nl_socket_free(struct nl_sock *sk) { free(sk); }
int nl_get_peer(const struct nl_sock *sk, union nl_sockaddr_any *sa, socklen_t *len) {
  if (*len < sk->peer_len) return -1;
  memcpy(sa, &sk->peer, sizeof *sa);
  *len = sk->peer_len;
  return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "nlsock.h"
struct nl_sock { union nl_sockaddr_any peer; socklen_t peer_len; int fd; };
struct nl_sock *nl_socket_alloc(void) { struct nl_sock *s = calloc(1, sizeof *s); if (s) { s->fd = -1; s->peer.un.sun_family = AF_UNIX; s->peer_len = sizeof s->peer.un; } return s; }
void nl_socket_free(struct nl_sock *sk) { free(sk); }
int nl_get_peer(const struct nl_sock *sk, union nl_sockaddr_any *sa, socklen_t *len) {
  if (*len < sizeof(sa_family_t)) return -1;
  memcpy(sa, &sk->peer, sizeof *sa);
  *len = sk->peer_len;
  return 0;
}
