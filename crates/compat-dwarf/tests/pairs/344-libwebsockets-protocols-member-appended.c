// expect: breaking
// why: Consumers build the array of struct lws_protocols (static const struct lws_protocols protocols[] = {
// why: ..., { NULL, NULL, 0, 0 } }) and point the protocols member of the lws_context_creation_info they
// why: allocate and fill at it; lws_create_context walks it until a NULL name. v2 appends size_t
// why: tx_packet_size: entries grow from 48 to 56 bytes, so the library reads old consumers' arrays at the
// why: wrong stride: it reads the second entry's name at byte 56, where old consumers put its callback.
// abidiff: 4 agree
//--- v1/libwebsockets.h
#include <stddef.h>
struct lws;
struct lws_context;
enum lws_callback_reasons { LWS_CALLBACK_ESTABLISHED = 0, LWS_CALLBACK_RECEIVE = 6, LWS_CALLBACK_PROTOCOL_INIT = 27 };
typedef int lws_callback_function(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len);
struct lws_protocols {
  const char *name;
  lws_callback_function *callback;
  size_t per_session_data_size;
  size_t rx_buffer_size;
  unsigned int id;
  void *user;
};
struct lws_context_creation_info { int port; const char *iface; const struct lws_protocols *protocols; unsigned int options; int gid; int uid; void *user; };
struct lws_context *lws_create_context(const struct lws_context_creation_info *info);
int lws_context_protocol_count(const struct lws_context *context);
void lws_context_destroy(struct lws_context *context);
//--- v2/libwebsockets.h
#include <stddef.h>
struct lws;
struct lws_context;
enum lws_callback_reasons { LWS_CALLBACK_ESTABLISHED = 0, LWS_CALLBACK_RECEIVE = 6, LWS_CALLBACK_PROTOCOL_INIT = 27 };
typedef int lws_callback_function(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len);
struct lws_protocols {
  const char *name;
  lws_callback_function *callback;
  size_t per_session_data_size;
  size_t rx_buffer_size;
  unsigned int id;
  void *user;
  size_t tx_packet_size;
};
struct lws_context_creation_info { int port; const char *iface; const struct lws_protocols *protocols; unsigned int options; int gid; int uid; void *user; };
struct lws_context *lws_create_context(const struct lws_context_creation_info *info);
int lws_context_protocol_count(const struct lws_context *context);
void lws_context_destroy(struct lws_context *context);
//--- v1
#include <stdlib.h>
#include "libwebsockets.h"
struct lws_context { int port; const struct lws_protocols *protocols; int count; void *user; };
struct lws_context *lws_create_context(const struct lws_context_creation_info *info) {
  if (!info || !info->protocols) return NULL;
  struct lws_context *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->port = info->port; c->protocols = info->protocols; c->user = info->user;
  for (const struct lws_protocols *p = info->protocols; p->name; p++) {
    if (p->callback) p->callback(NULL, LWS_CALLBACK_PROTOCOL_INIT, p->user, NULL, p->rx_buffer_size);
    c->count++;
  }
  return c;
}
int lws_context_protocol_count(const struct lws_context *context) { return context ? context->count : 0; }
void lws_context_destroy(struct lws_context *context) { free(context); }
//--- v2
#include <stdlib.h>
#include "libwebsockets.h"
struct lws_context { int port; const struct lws_protocols *protocols; int count; void *user; size_t max_tx; };
struct lws_context *lws_create_context(const struct lws_context_creation_info *info) {
  if (!info || !info->protocols) return NULL;
  struct lws_context *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->port = info->port; c->protocols = info->protocols; c->user = info->user;
  for (const struct lws_protocols *p = info->protocols; p->name; p++) {
    if (p->callback) p->callback(NULL, LWS_CALLBACK_PROTOCOL_INIT, p->user, NULL, p->rx_buffer_size);
    if (p->tx_packet_size > c->max_tx) c->max_tx = p->tx_packet_size;
    c->count++;
  }
  return c;
}
int lws_context_protocol_count(const struct lws_context *context) { return context ? context->count : 0; }
void lws_context_destroy(struct lws_context *context) { free(context); }
