// expect: warning
// why: struct ares_addrinfo and its ares_addrinfo_node list are declared with their members in ares.h, built
// why: by the library and handed to the consumer's ares_addrinfo_callback, then freed by ares_freeaddrinfo;
// why: nothing lets a consumer allocate one. v2 inserts int ai_ttl at the front of ares_addrinfo_node:
// why: ai_flags through ai_addrlen move by 4 bytes (ai_family from byte 4 to 8) into the hole before ai_addr,
// why: which stays at 24 in a 40-byte node. Callbacks that read ai_family read ai_flags instead, but whether
// why: consumers may read the node is for the public headers to say: undecided (as in 60).
// abidiff: 4 agree
//--- v1/ares.h
#include <sys/socket.h>
typedef struct ares_channeldata *ares_channel;
struct ares_addrinfo_node {
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  socklen_t ai_addrlen;
  struct sockaddr *ai_addr;
  struct ares_addrinfo_node *ai_next;
};
struct ares_addrinfo { struct ares_addrinfo_node *nodes; char *name; };
struct ares_addrinfo_hints { int ai_flags; int ai_family; int ai_socktype; int ai_protocol; };
typedef void (*ares_addrinfo_callback)(void *arg, int status, int timeouts, struct ares_addrinfo *res);
int ares_init(ares_channel *channelptr);
void ares_getaddrinfo(ares_channel channel, const char *node, const char *service, const struct ares_addrinfo_hints *hints, ares_addrinfo_callback callback, void *arg);
void ares_freeaddrinfo(struct ares_addrinfo *ai);
void ares_destroy(ares_channel channel);
//--- v2/ares.h
#include <sys/socket.h>
typedef struct ares_channeldata *ares_channel;
struct ares_addrinfo_node {
  int ai_ttl;
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  socklen_t ai_addrlen;
  struct sockaddr *ai_addr;
  struct ares_addrinfo_node *ai_next;
};
struct ares_addrinfo { struct ares_addrinfo_node *nodes; char *name; };
struct ares_addrinfo_hints { int ai_flags; int ai_family; int ai_socktype; int ai_protocol; };
typedef void (*ares_addrinfo_callback)(void *arg, int status, int timeouts, struct ares_addrinfo *res);
int ares_init(ares_channel *channelptr);
void ares_getaddrinfo(ares_channel channel, const char *node, const char *service, const struct ares_addrinfo_hints *hints, ares_addrinfo_callback callback, void *arg);
void ares_freeaddrinfo(struct ares_addrinfo *ai);
void ares_destroy(ares_channel channel);
//--- v1
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include "ares.h"
struct ares_channeldata { int flags; int ndots; };
int ares_init(ares_channel *channelptr) { *channelptr = calloc(1, sizeof **channelptr); return *channelptr ? 0 : 15; }
void ares_getaddrinfo(ares_channel channel, const char *node, const char *service, const struct ares_addrinfo_hints *hints, ares_addrinfo_callback callback, void *arg) {
  (void)channel; (void)service;
  struct ares_addrinfo *ai = calloc(1, sizeof *ai);
  struct ares_addrinfo_node *n = calloc(1, sizeof *n);
  struct sockaddr_in *sin = calloc(1, sizeof *sin);
  if (!ai || !n || !sin) { free(ai); free(n); free(sin); callback(arg, 15, 0, NULL); return; }
  sin->sin_family = AF_INET; sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  n->ai_family = AF_INET; n->ai_socktype = hints ? hints->ai_socktype : 0; n->ai_addrlen = sizeof *sin; n->ai_addr = (struct sockaddr *)sin;
  ai->nodes = n; ai->name = strdup(node ? node : "");
  callback(arg, 0, 0, ai);
}
void ares_freeaddrinfo(struct ares_addrinfo *ai) {
  if (!ai) return;
  for (struct ares_addrinfo_node *n = ai->nodes, *next; n; n = next) { next = n->ai_next; free(n->ai_addr); free(n); }
  free(ai->name); free(ai);
}
void ares_destroy(ares_channel channel) { free(channel); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include "ares.h"
struct ares_channeldata { int flags; int ndots; };
int ares_init(ares_channel *channelptr) { *channelptr = calloc(1, sizeof **channelptr); return *channelptr ? 0 : 15; }
void ares_getaddrinfo(ares_channel channel, const char *node, const char *service, const struct ares_addrinfo_hints *hints, ares_addrinfo_callback callback, void *arg) {
  (void)channel; (void)service;
  struct ares_addrinfo *ai = calloc(1, sizeof *ai);
  struct ares_addrinfo_node *n = calloc(1, sizeof *n);
  struct sockaddr_in *sin = calloc(1, sizeof *sin);
  if (!ai || !n || !sin) { free(ai); free(n); free(sin); callback(arg, 15, 0, NULL); return; }
  sin->sin_family = AF_INET; sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  n->ai_ttl = 300;
  n->ai_family = AF_INET; n->ai_socktype = hints ? hints->ai_socktype : 0; n->ai_addrlen = sizeof *sin; n->ai_addr = (struct sockaddr *)sin;
  ai->nodes = n; ai->name = strdup(node ? node : "");
  callback(arg, 0, 0, ai);
}
void ares_freeaddrinfo(struct ares_addrinfo *ai) {
  if (!ai) return;
  for (struct ares_addrinfo_node *n = ai->nodes, *next; n; n = next) { next = n->ai_next; free(n->ai_addr); free(n); }
  free(ai->name); free(ai);
}
void ares_destroy(ares_channel channel) { free(channel); }
