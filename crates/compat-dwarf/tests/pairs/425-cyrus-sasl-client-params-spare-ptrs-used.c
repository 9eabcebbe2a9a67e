// expect: info
// why: sasl_client_params_t (saslplug.h) is what the library hands to a client mechanism plugin's mech_new and
// why: mech_step; it ends with members reserved "for additions which don't require a version upgrade; set to 0".
// why: Cyrus SASL 2.1.24 and 2.1.26 use two of them for channel bindings and HTTP requests: spare_ptr2 and
// why: spare_ptr3 become const sasl_channel_binding_t *cbinding and const sasl_http_request_t *http_request, the
// why: same 8 bytes at the same offsets (104 and 112); the struct keeps its 160 bytes and every other member its
// why: offset. Old plugins never read the slots, and the library has always zeroed them: reserved space used in place
// why: (as in 32 and 114).
// abidiff: 4 disagree: abidiff reports spare_ptr2 and spare_ptr3 replaced by cbinding and http_request; they take the reserved pointers' bytes in place and the struct keeps its size and offsets (as in 32).
//--- v1/saslplug.h
#include <stddef.h>
typedef struct sasl_conn sasl_conn_t;
typedef unsigned sasl_ssf_t;
typedef struct sasl_utils { sasl_conn_t *conn; void *(*malloc)(size_t); void (*free)(void *); } sasl_utils_t;
typedef struct sasl_security_properties { sasl_ssf_t min_ssf; sasl_ssf_t max_ssf; unsigned maxbufsize; unsigned security_flags; } sasl_security_properties_t;
typedef struct sasl_client_params {
  const char *service;
  const char *serverFQDN;
  const char *clientFQDN;
  const sasl_utils_t *utils;
  const void *prompt_supp;
  const char *iplocalport;
  const char *ipremoteport;
  unsigned servicelen;
  unsigned slen;
  unsigned clen;
  unsigned iploclen;
  unsigned ipremlen;
  sasl_security_properties_t props;
  sasl_ssf_t external_ssf;
  void *gss_creds;
  void *spare_ptr2;
  void *spare_ptr3;
  void *spare_ptr4;
  int (*spare_fptr1)(void);
  int (*spare_fptr2)(void);
  unsigned int flags;
  int spare_int2;
  int spare_int3;
  int spare_int4;
} sasl_client_params_t;
typedef struct sasl_client_plug {
  const char *mech_name;
  sasl_ssf_t max_ssf;
  unsigned security_flags;
  unsigned features;
  void *glob_context;
  int (*mech_new)(void *glob_context, sasl_client_params_t *cparams, void **conn_context);
  int (*mech_step)(void *conn_context, sasl_client_params_t *cparams, const char *serverin, unsigned serverinlen, const char **clientout, unsigned *clientoutlen);
  void (*mech_dispose)(void *conn_context, const sasl_utils_t *utils);
} sasl_client_plug_t;
typedef int sasl_client_plug_init_t(const sasl_utils_t *utils, int max_version, int *out_version, sasl_client_plug_t **pluglist, int *plugcount);
int sasl_client_add_plugin(const char *plugname, sasl_client_plug_init_t *cplugfunc);
int sasl_client_new(const char *service, const char *serverFQDN, unsigned flags, sasl_conn_t **pconn);
int sasl_client_start(sasl_conn_t *conn, const char *mechlist, const char **clientout, unsigned *clientoutlen, const char **mech);
void sasl_dispose(sasl_conn_t **pconn);
//--- v2/saslplug.h
#include <stddef.h>
typedef struct sasl_conn sasl_conn_t;
typedef unsigned sasl_ssf_t;
typedef struct sasl_utils { sasl_conn_t *conn; void *(*malloc)(size_t); void (*free)(void *); } sasl_utils_t;
typedef struct sasl_security_properties { sasl_ssf_t min_ssf; sasl_ssf_t max_ssf; unsigned maxbufsize; unsigned security_flags; } sasl_security_properties_t;
typedef struct sasl_channel_binding { const char *name; int critical; unsigned long len; const unsigned char *data; } sasl_channel_binding_t;
typedef struct sasl_http_request { const char *method; const char *uri; const unsigned char *entity; unsigned long elen; unsigned non_persist; } sasl_http_request_t;
typedef struct sasl_client_params {
  const char *service;
  const char *serverFQDN;
  const char *clientFQDN;
  const sasl_utils_t *utils;
  const void *prompt_supp;
  const char *iplocalport;
  const char *ipremoteport;
  unsigned servicelen;
  unsigned slen;
  unsigned clen;
  unsigned iploclen;
  unsigned ipremlen;
  sasl_security_properties_t props;
  sasl_ssf_t external_ssf;
  void *gss_creds;
  const sasl_channel_binding_t *cbinding;
  const sasl_http_request_t *http_request;
  void *spare_ptr4;
  int (*spare_fptr1)(void);
  int (*spare_fptr2)(void);
  unsigned int flags;
  int spare_int2;
  int spare_int3;
  int spare_int4;
} sasl_client_params_t;
typedef struct sasl_client_plug {
  const char *mech_name;
  sasl_ssf_t max_ssf;
  unsigned security_flags;
  unsigned features;
  void *glob_context;
  int (*mech_new)(void *glob_context, sasl_client_params_t *cparams, void **conn_context);
  int (*mech_step)(void *conn_context, sasl_client_params_t *cparams, const char *serverin, unsigned serverinlen, const char **clientout, unsigned *clientoutlen);
  void (*mech_dispose)(void *conn_context, const sasl_utils_t *utils);
} sasl_client_plug_t;
typedef int sasl_client_plug_init_t(const sasl_utils_t *utils, int max_version, int *out_version, sasl_client_plug_t **pluglist, int *plugcount);
int sasl_client_add_plugin(const char *plugname, sasl_client_plug_init_t *cplugfunc);
int sasl_client_new(const char *service, const char *serverFQDN, unsigned flags, sasl_conn_t **pconn);
int sasl_client_start(sasl_conn_t *conn, const char *mechlist, const char **clientout, unsigned *clientoutlen, const char **mech);
void sasl_dispose(sasl_conn_t **pconn);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "saslplug.h"
struct sasl_conn { sasl_client_params_t params; sasl_utils_t utils; void *conn_context; sasl_client_plug_t *plug; };
static sasl_client_plug_t *plugs; static int nplugs;
static sasl_utils_t global_utils = { NULL, malloc, free };
int sasl_client_add_plugin(const char *plugname, sasl_client_plug_init_t *cplugfunc) {
  int out_version = 0;
  (void)plugname;
  if (cplugfunc(&global_utils, 4, &out_version, &plugs, &nplugs) != 0 || out_version < 4) { plugs = NULL; nplugs = 0; return -1; }
  return 0;
}
int sasl_client_new(const char *service, const char *serverFQDN, unsigned flags, sasl_conn_t **pconn) {
  sasl_conn_t *c = calloc(1, sizeof *c);
  if (!c) return -2;
  c->utils = global_utils; c->utils.conn = c;
  c->params.service = service; c->params.servicelen = service ? (unsigned)strlen(service) : 0;
  c->params.serverFQDN = serverFQDN; c->params.slen = serverFQDN ? (unsigned)strlen(serverFQDN) : 0;
  c->params.utils = &c->utils; c->params.flags = flags;
  *pconn = c;
  return 0;
}
int sasl_client_start(sasl_conn_t *conn, const char *mechlist, const char **clientout, unsigned *clientoutlen, const char **mech) {
  for (int i = 0; i < nplugs; i++)
    if (strstr(mechlist, plugs[i].mech_name)) {
      conn->plug = &plugs[i];
      if (plugs[i].mech_new(plugs[i].glob_context, &conn->params, &conn->conn_context) != 0) return -1;
      *mech = plugs[i].mech_name;
      return plugs[i].mech_step(conn->conn_context, &conn->params, NULL, 0, clientout, clientoutlen);
    }
  return -4;
}
void sasl_dispose(sasl_conn_t **pconn) {
  if (!pconn || !*pconn) return;
  if ((*pconn)->plug && (*pconn)->plug->mech_dispose) (*pconn)->plug->mech_dispose((*pconn)->conn_context, &(*pconn)->utils);
  free(*pconn); *pconn = NULL;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "saslplug.h"
struct sasl_conn { sasl_client_params_t params; sasl_utils_t utils; void *conn_context; sasl_client_plug_t *plug; sasl_channel_binding_t cb; };
static sasl_client_plug_t *plugs; static int nplugs;
static sasl_utils_t global_utils = { NULL, malloc, free };
int sasl_client_add_plugin(const char *plugname, sasl_client_plug_init_t *cplugfunc) {
  int out_version = 0;
  (void)plugname;
  if (cplugfunc(&global_utils, 4, &out_version, &plugs, &nplugs) != 0 || out_version < 4) { plugs = NULL; nplugs = 0; return -1; }
  return 0;
}
int sasl_client_new(const char *service, const char *serverFQDN, unsigned flags, sasl_conn_t **pconn) {
  sasl_conn_t *c = calloc(1, sizeof *c);
  if (!c) return -2;
  c->utils = global_utils; c->utils.conn = c;
  c->params.service = service; c->params.servicelen = service ? (unsigned)strlen(service) : 0;
  c->params.serverFQDN = serverFQDN; c->params.slen = serverFQDN ? (unsigned)strlen(serverFQDN) : 0;
  c->params.utils = &c->utils; c->params.flags = flags;
  c->cb.name = "tls-unique"; c->params.cbinding = (flags & 0x0100) ? &c->cb : NULL;
  *pconn = c;
  return 0;
}
int sasl_client_start(sasl_conn_t *conn, const char *mechlist, const char **clientout, unsigned *clientoutlen, const char **mech) {
  for (int i = 0; i < nplugs; i++)
    if (strstr(mechlist, plugs[i].mech_name)) {
      conn->plug = &plugs[i];
      if (plugs[i].mech_new(plugs[i].glob_context, &conn->params, &conn->conn_context) != 0) return -1;
      *mech = plugs[i].mech_name;
      return plugs[i].mech_step(conn->conn_context, &conn->params, NULL, 0, clientout, clientoutlen);
    }
  return -4;
}
void sasl_dispose(sasl_conn_t **pconn) {
  if (!pconn || !*pconn) return;
  if ((*pconn)->plug && (*pconn)->plug->mech_dispose) (*pconn)->plug->mech_dispose((*pconn)->conn_context, &(*pconn)->utils);
  free(*pconn); *pconn = NULL;
}
