// expect: breaking
// why: redisOptions is allocated and filled by the caller (redisOptions opts = {0}; REDIS_OPTIONS_SET_TCP(&opts,
// why: ip, port); redisConnectWithOptions(&opts)) and nothing hands one out. hiredis 1.0 appends redisPushFn
// why: *push_cb and void *async_push_cb for RESP3 push replies: the struct grows from 64 to 80 bytes and
// why: redisConnectWithOptions reads push_cb at byte 64, past the end of old callers' objects, and would call
// why: whatever stack garbage it finds there.
// abidiff: 4 agree
//--- v1/hiredis.h
#include <sys/time.h>
typedef struct redisContext redisContext;
enum redisConnectionType { REDIS_CONN_TCP, REDIS_CONN_UNIX, REDIS_CONN_USERFD };
typedef struct {
  int type;
  int options;
  const struct timeval *connect_timeout;
  const struct timeval *command_timeout;
  union { struct { const char *source_addr; const char *ip; int port; } tcp; const char *unix_socket; int fd; } endpoint;
  void *privdata;
  void (*free_privdata)(void *);
} redisOptions;
redisContext *redisConnectWithOptions(const redisOptions *options);
int redisContextType(const redisContext *c);
void redisFree(redisContext *c);
//--- v2/hiredis.h
#include <sys/time.h>
typedef struct redisContext redisContext;
typedef void (redisPushFn)(void *privdata, void *reply);
enum redisConnectionType { REDIS_CONN_TCP, REDIS_CONN_UNIX, REDIS_CONN_USERFD };
typedef struct {
  int type;
  int options;
  const struct timeval *connect_timeout;
  const struct timeval *command_timeout;
  union { struct { const char *source_addr; const char *ip; int port; } tcp; const char *unix_socket; int fd; } endpoint;
  void *privdata;
  void (*free_privdata)(void *);
  redisPushFn *push_cb;
  void *async_push_cb;
} redisOptions;
redisContext *redisConnectWithOptions(const redisOptions *options);
int redisContextType(const redisContext *c);
void redisFree(redisContext *c);
//--- v1
#include <stdlib.h>
#include "hiredis.h"
struct redisContext { int type; int flags; int fd; char *tcp_host; int tcp_port; void *privdata; void (*free_privdata)(void *); };
redisContext *redisConnectWithOptions(const redisOptions *options) {
  redisContext *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->type = options->type; c->flags = options->options; c->fd = -1;
  if (options->type == REDIS_CONN_TCP) c->tcp_port = options->endpoint.tcp.port;
  else if (options->type == REDIS_CONN_USERFD) c->fd = options->endpoint.fd;
  c->privdata = options->privdata; c->free_privdata = options->free_privdata;
  return c;
}
int redisContextType(const redisContext *c) { return c->type; }
void redisFree(redisContext *c) { if (c && c->free_privdata) c->free_privdata(c->privdata); free(c); }
//--- v2
#include <stdlib.h>
#include "hiredis.h"
struct redisContext { int type; int flags; int fd; char *tcp_host; int tcp_port; void *privdata; void (*free_privdata)(void *); redisPushFn *push_cb; };
static void default_push(void *privdata, void *reply) { (void)privdata; (void)reply; }
redisContext *redisConnectWithOptions(const redisOptions *options) {
  redisContext *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->type = options->type; c->flags = options->options; c->fd = -1;
  if (options->type == REDIS_CONN_TCP) c->tcp_port = options->endpoint.tcp.port;
  else if (options->type == REDIS_CONN_USERFD) c->fd = options->endpoint.fd;
  c->privdata = options->privdata; c->free_privdata = options->free_privdata;
  c->push_cb = options->push_cb ? options->push_cb : default_push;
  return c;
}
int redisContextType(const redisContext *c) { return c->type; }
void redisFree(redisContext *c) { if (c && c->free_privdata) c->free_privdata(c->privdata); free(c); }
