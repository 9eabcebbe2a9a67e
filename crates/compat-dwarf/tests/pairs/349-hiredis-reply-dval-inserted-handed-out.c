// expect: warning
// why: redisReply is declared with its members in hiredis.h and only created by the library: redisCommandArgv
// why: hands one out and freeReplyObject frees it (hiredis returns void *, typed here). hiredis 1.0 inserts
// why: double dval after integer and char vtype[4] after str for RESP3: len moves from byte 16 to 24, str from
// why: 24 to 32, elements from 32 to 48. Consumers that read reply->str directly break, but whether they may
// why: is for the public headers to say: undecided, breaking if public (as in 120).
// abidiff: 4 agree
//--- v1/hiredis.h
#include <stddef.h>
#define REDIS_REPLY_STRING 1
#define REDIS_REPLY_ARRAY 2
#define REDIS_REPLY_INTEGER 3
typedef struct redisContext redisContext;
typedef struct redisReply {
  int type;
  long long integer;
  size_t len;
  char *str;
  size_t elements;
  struct redisReply **element;
} redisReply;
redisContext *redisConnectUnix(const char *path);
redisReply *redisCommandArgv(redisContext *c, int argc, const char **argv, const size_t *argvlen);
void freeReplyObject(redisReply *reply);
//--- v2/hiredis.h
#include <stddef.h>
#define REDIS_REPLY_STRING 1
#define REDIS_REPLY_ARRAY 2
#define REDIS_REPLY_INTEGER 3
#define REDIS_REPLY_DOUBLE 7
typedef struct redisContext redisContext;
typedef struct redisReply {
  int type;
  long long integer;
  double dval;
  size_t len;
  char *str;
  char vtype[4];
  size_t elements;
  struct redisReply **element;
} redisReply;
redisContext *redisConnectUnix(const char *path);
redisReply *redisCommandArgv(redisContext *c, int argc, const char **argv, const size_t *argvlen);
void freeReplyObject(redisReply *reply);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "hiredis.h"
struct redisContext { const char *path; int err; };
redisContext *redisConnectUnix(const char *path) { redisContext *c = calloc(1, sizeof *c); if (c) c->path = path; return c; }
redisReply *redisCommandArgv(redisContext *c, int argc, const char **argv, const size_t *argvlen) {
  if (!c || argc < 1) return NULL;
  redisReply *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->type = REDIS_REPLY_STRING;
  r->len = argvlen ? argvlen[argc - 1] : strlen(argv[argc - 1]);
  r->str = malloc(r->len + 1);
  if (r->str) { memcpy(r->str, argv[argc - 1], r->len); r->str[r->len] = 0; }
  return r;
}
void freeReplyObject(redisReply *reply) {
  if (!reply) return;
  for (size_t i = 0; i < reply->elements; i++) freeReplyObject(reply->element[i]);
  free(reply->element); free(reply->str); free(reply);
}
