// expect: breaking
// why: struct mg_callbacks is a table the caller allocates and fills (struct mg_callbacks cb; memset(&cb, 0,
// why: sizeof cb); cb.begin_request = handler; mg_start(&cb, NULL, options)); mg_start copies it into the context
// why: and nothing hands one out. CivetWeb 1.15 inserts void (*connection_closed)(const struct mg_connection *) right
// why: after connection_close: http_error moves from byte 48 to 56, init_context from 56 to 64, exit_context from 64
// why: to 72, and the table grows from 72 to 80 bytes. v2 copies 8 bytes past an old caller's table and calls its
// why: http_error handler as connection_closed, its init_context as http_error.
// abidiff: 4 agree
//--- v1/civetweb.h
struct mg_context;
struct mg_connection;
struct mg_callbacks {
  int (*begin_request)(struct mg_connection *);
  void (*end_request)(const struct mg_connection *, int reply_status_code);
  int (*log_message)(const struct mg_connection *, const char *message);
  int (*log_access)(const struct mg_connection *, const char *message);
  int (*init_ssl)(void *ssl_ctx, void *user_data);
  void (*connection_close)(const struct mg_connection *);
  int (*http_error)(struct mg_connection *conn, int status, const char *errmsg);
  void (*init_context)(const struct mg_context *ctx);
  void (*exit_context)(const struct mg_context *ctx);
};
struct mg_context *mg_start(const struct mg_callbacks *callbacks, void *user_data, const char **configuration_options);
void mg_stop(struct mg_context *ctx);
int mg_handle_request(struct mg_context *ctx, struct mg_connection *conn, int status);
void *mg_get_user_data(const struct mg_context *ctx);
//--- v2/civetweb.h
struct mg_context;
struct mg_connection;
struct mg_callbacks {
  int (*begin_request)(struct mg_connection *);
  void (*end_request)(const struct mg_connection *, int reply_status_code);
  int (*log_message)(const struct mg_connection *, const char *message);
  int (*log_access)(const struct mg_connection *, const char *message);
  int (*init_ssl)(void *ssl_ctx, void *user_data);
  void (*connection_close)(const struct mg_connection *);
  void (*connection_closed)(const struct mg_connection *);
  int (*http_error)(struct mg_connection *conn, int status, const char *errmsg);
  void (*init_context)(const struct mg_context *ctx);
  void (*exit_context)(const struct mg_context *ctx);
};
struct mg_context *mg_start(const struct mg_callbacks *callbacks, void *user_data, const char **configuration_options);
void mg_stop(struct mg_context *ctx);
int mg_handle_request(struct mg_context *ctx, struct mg_connection *conn, int status);
void *mg_get_user_data(const struct mg_context *ctx);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "civetweb.h"
struct mg_context { struct mg_callbacks callbacks; void *user_data; int num_threads; };
struct mg_context *mg_start(const struct mg_callbacks *callbacks, void *user_data, const char **configuration_options) {
  struct mg_context *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return NULL;
  if (callbacks) ctx->callbacks = *callbacks;
  ctx->user_data = user_data; ctx->num_threads = 50;
  for (const char **o = configuration_options; o && o[0] && o[1]; o += 2)
    if (!strcmp(o[0], "num_threads")) ctx->num_threads = atoi(o[1]);
  if (ctx->callbacks.init_context) ctx->callbacks.init_context(ctx);
  return ctx;
}
void mg_stop(struct mg_context *ctx) { if (ctx->callbacks.exit_context) ctx->callbacks.exit_context(ctx); free(ctx); }
int mg_handle_request(struct mg_context *ctx, struct mg_connection *conn, int status) {
  int handled = ctx->callbacks.begin_request ? ctx->callbacks.begin_request(conn) : 0;
  if (!handled && status >= 400 && ctx->callbacks.http_error) handled = ctx->callbacks.http_error(conn, status, "error") == 0;
  if (ctx->callbacks.end_request) ctx->callbacks.end_request(conn, status);
  if (ctx->callbacks.connection_close) ctx->callbacks.connection_close(conn);
  return handled;
}
void *mg_get_user_data(const struct mg_context *ctx) { return ctx ? ctx->user_data : NULL; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "civetweb.h"
struct mg_context { struct mg_callbacks callbacks; void *user_data; int num_threads; };
struct mg_context *mg_start(const struct mg_callbacks *callbacks, void *user_data, const char **configuration_options) {
  struct mg_context *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return NULL;
  if (callbacks) ctx->callbacks = *callbacks;
  ctx->user_data = user_data; ctx->num_threads = 50;
  for (const char **o = configuration_options; o && o[0] && o[1]; o += 2)
    if (!strcmp(o[0], "num_threads")) ctx->num_threads = atoi(o[1]);
  if (ctx->callbacks.init_context) ctx->callbacks.init_context(ctx);
  return ctx;
}
void mg_stop(struct mg_context *ctx) { if (ctx->callbacks.exit_context) ctx->callbacks.exit_context(ctx); free(ctx); }
int mg_handle_request(struct mg_context *ctx, struct mg_connection *conn, int status) {
  int handled = ctx->callbacks.begin_request ? ctx->callbacks.begin_request(conn) : 0;
  if (!handled && status >= 400 && ctx->callbacks.http_error) handled = ctx->callbacks.http_error(conn, status, "error") == 0;
  if (ctx->callbacks.end_request) ctx->callbacks.end_request(conn, status);
  if (ctx->callbacks.connection_close) ctx->callbacks.connection_close(conn);
  if (ctx->callbacks.connection_closed) ctx->callbacks.connection_closed(conn);
  return handled;
}
void *mg_get_user_data(const struct mg_context *ctx) { return ctx ? ctx->user_data : NULL; }
