// expect: info
// why: gsasl.h only forward-declares Gsasl and Gsasl_session: consumers hold the pointers gsasl_init and
// why: gsasl_client_start write through their out-parameters and reach everything else through functions. Both
// why: structs are defined in internal.h, the library's private header (lib/src/internal.h, not installed). GNU SASL
// why: 2.0 replaces the session's one member per property (anonymous_token, authid, authzid, password) by a
// why: property array and adds the TLS exporter binding: the session grows and its members move, which no consumer
// why: can observe (as in 147 and 395).
// abidiff: 4 disagree: abidiff reports the members of struct Gsasl_session changed; it is defined only in the internal header internal.h and consumers only hold Gsasl_session pointers (as in 147).
//--- gsasl.h
#include <stddef.h>
typedef struct Gsasl Gsasl;
typedef struct Gsasl_session Gsasl_session;
typedef enum { GSASL_OK = 0, GSASL_NEEDS_MORE = 1, GSASL_UNKNOWN_MECHANISM = 2, GSASL_MALLOC_ERROR = 7, GSASL_NO_PASSWORD = 51 } Gsasl_rc;
typedef enum { GSASL_AUTHID = 1, GSASL_AUTHZID = 2, GSASL_PASSWORD = 3, GSASL_ANONYMOUS_TOKEN = 4, GSASL_SERVICE = 5, GSASL_HOSTNAME = 6, GSASL_CB_TLS_UNIQUE = 18 } Gsasl_property;
typedef int (*Gsasl_callback_function)(Gsasl *ctx, Gsasl_session *sctx, Gsasl_property prop);
int gsasl_init(Gsasl **ctx);
void gsasl_done(Gsasl *ctx);
void gsasl_callback_set(Gsasl *ctx, Gsasl_callback_function cb);
int gsasl_client_start(Gsasl *ctx, const char *mech, Gsasl_session **sctx);
int gsasl_property_set(Gsasl_session *sctx, Gsasl_property prop, const char *data);
const char *gsasl_property_fast(Gsasl_session *sctx, Gsasl_property prop);
void gsasl_finish(Gsasl_session *sctx);
//--- v1/internal.h
#include "gsasl.h"
struct Gsasl { size_t n_client_mechs; const char **client_mechs; Gsasl_callback_function cb; void *application_hook; };
struct Gsasl_session {
  Gsasl *ctx;
  int clientp;
  const char *mech;
  void *mech_data;
  void *application_hook;
  char *anonymous_token;
  char *authid;
  char *authzid;
  char *password;
  char *service;
  char *hostname;
  char *cb_tls_unique;
};
//--- v2/internal.h
#include "gsasl.h"
#define GSASL_MAX_PROPERTY 24
struct Gsasl { size_t n_client_mechs; const char **client_mechs; Gsasl_callback_function cb; void *application_hook; };
struct Gsasl_session {
  Gsasl *ctx;
  int clientp;
  const char *mech;
  void *mech_data;
  void *application_hook;
  char *property[GSASL_MAX_PROPERTY];
  char *cb_tls_exporter;
};
//--- v1
#include <stdlib.h>
#include <string.h>
#include "internal.h"
static const char *mechs[] = { "PLAIN", "ANONYMOUS", "SCRAM-SHA-1" };
int gsasl_init(Gsasl **ctx) {
  Gsasl *c = calloc(1, sizeof *c);
  if (!c) return GSASL_MALLOC_ERROR;
  c->n_client_mechs = 3; c->client_mechs = mechs; *ctx = c;
  return GSASL_OK;
}
void gsasl_done(Gsasl *ctx) { free(ctx); }
void gsasl_callback_set(Gsasl *ctx, Gsasl_callback_function cb) { ctx->cb = cb; }
int gsasl_client_start(Gsasl *ctx, const char *mech, Gsasl_session **sctx) {
  for (size_t i = 0; i < ctx->n_client_mechs; i++)
    if (!strcmp(ctx->client_mechs[i], mech)) {
      Gsasl_session *s = calloc(1, sizeof *s);
      if (!s) return GSASL_MALLOC_ERROR;
      s->ctx = ctx; s->clientp = 1; s->mech = ctx->client_mechs[i]; *sctx = s;
      return GSASL_OK;
    }
  return GSASL_UNKNOWN_MECHANISM;
}
static char **slot(Gsasl_session *s, Gsasl_property prop) {
  switch (prop) {
  case GSASL_AUTHID: return &s->authid;
  case GSASL_AUTHZID: return &s->authzid;
  case GSASL_PASSWORD: return &s->password;
  case GSASL_ANONYMOUS_TOKEN: return &s->anonymous_token;
  case GSASL_SERVICE: return &s->service;
  case GSASL_HOSTNAME: return &s->hostname;
  case GSASL_CB_TLS_UNIQUE: return &s->cb_tls_unique;
  }
  return NULL;
}
int gsasl_property_set(Gsasl_session *sctx, Gsasl_property prop, const char *data) {
  char **p = slot(sctx, prop);
  if (!p) return GSASL_OK;
  free(*p); *p = data ? strdup(data) : NULL;
  return data && !*p ? GSASL_MALLOC_ERROR : GSASL_OK;
}
const char *gsasl_property_fast(Gsasl_session *sctx, Gsasl_property prop) { char **p = slot(sctx, prop); return p ? *p : NULL; }
void gsasl_finish(Gsasl_session *sctx) {
  for (int p = GSASL_AUTHID; p <= GSASL_CB_TLS_UNIQUE; p++) { char **s = slot(sctx, (Gsasl_property)p); if (s) free(*s); }
  free(sctx);
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "internal.h"
static const char *mechs[] = { "PLAIN", "ANONYMOUS", "SCRAM-SHA-1", "SCRAM-SHA-256" };
int gsasl_init(Gsasl **ctx) {
  Gsasl *c = calloc(1, sizeof *c);
  if (!c) return GSASL_MALLOC_ERROR;
  c->n_client_mechs = 4; c->client_mechs = mechs; *ctx = c;
  return GSASL_OK;
}
void gsasl_done(Gsasl *ctx) { free(ctx); }
void gsasl_callback_set(Gsasl *ctx, Gsasl_callback_function cb) { ctx->cb = cb; }
int gsasl_client_start(Gsasl *ctx, const char *mech, Gsasl_session **sctx) {
  for (size_t i = 0; i < ctx->n_client_mechs; i++)
    if (!strcmp(ctx->client_mechs[i], mech)) {
      Gsasl_session *s = calloc(1, sizeof *s);
      if (!s) return GSASL_MALLOC_ERROR;
      s->ctx = ctx; s->clientp = 1; s->mech = ctx->client_mechs[i]; *sctx = s;
      return GSASL_OK;
    }
  return GSASL_UNKNOWN_MECHANISM;
}
int gsasl_property_set(Gsasl_session *sctx, Gsasl_property prop, const char *data) {
  if ((unsigned)prop >= GSASL_MAX_PROPERTY) return GSASL_OK;
  char **p = &sctx->property[prop];
  free(*p); *p = data ? strdup(data) : NULL;
  return data && !*p ? GSASL_MALLOC_ERROR : GSASL_OK;
}
const char *gsasl_property_fast(Gsasl_session *sctx, Gsasl_property prop) { return (unsigned)prop < GSASL_MAX_PROPERTY ? sctx->property[prop] : NULL; }
void gsasl_finish(Gsasl_session *sctx) {
  for (int p = 0; p < GSASL_MAX_PROPERTY; p++) free(sctx->property[p]);
  free(sctx->cb_tls_exporter);
  free(sctx);
}
