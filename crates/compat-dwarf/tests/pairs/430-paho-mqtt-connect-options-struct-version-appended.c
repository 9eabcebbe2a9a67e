// expect: info
// why: MQTTClient_connectOptions is allocated by the caller from MQTTClient_connectOptions_initializer, which fills
// why: the eyecatcher struct_id "MQTC" and struct_version with the layout version the caller was compiled with (7
// why: here). Paho 1.3 appends httpProxy and httpsProxy as struct_version 8 (the struct grows from 136 to 152 bytes).
// why: MQTTClient_connect rejects versions it does not know and touches each member only when the caller's
// why: struct_version includes it (returned from 5, httpHeaders from 7, the proxies from 8), so an old caller's
// why: 136 bytes are never read or written past their end: the versioned-struct convention of 192 and 359, with the
// why: version in the second member after a 4-byte eyecatcher.
// abidiff: 4 disagree: abidiff reports httpProxy and httpsProxy appended and the struct grown; the library reads them only when the caller's struct_version is at least 8, which old callers never set (as in 359).
//--- v1/MQTTClient.h
typedef void *MQTTClient;
typedef struct { const char *name; const char *value; } MQTTClient_nameValue;
typedef struct { char struct_id[4]; int struct_version; const char *topicName; const char *message; int retained; int qos; } MQTTClient_willOptions;
typedef struct MQTTClient_SSLOptions MQTTClient_SSLOptions;
typedef struct {
  char struct_id[4];
  int struct_version;
  int keepAliveInterval;
  int cleansession;
  int reliable;
  MQTTClient_willOptions *will;
  const char *username;
  const char *password;
  int connectTimeout;
  int retryInterval;
  MQTTClient_SSLOptions *ssl;
  int serverURIcount;
  char *const *serverURIs;
  int MQTTVersion;
  struct { const char *serverURI; int MQTTVersion; int sessionPresent; } returned;
  struct { int len; const void *data; } binarypwd;
  int maxInflightMessages;
  int cleanstart;
  const MQTTClient_nameValue *httpHeaders;
} MQTTClient_connectOptions;
#define MQTTClient_connectOptions_initializer { {'M', 'Q', 'T', 'C'}, 7, 60, 1, 1, NULL, NULL, NULL, 30, 0, NULL, 0, NULL, 0, {NULL, 0, 0}, {0, NULL}, -1, 0, NULL }
int MQTTClient_create(MQTTClient *handle, const char *serverURI, const char *clientId, int persistence_type, void *persistence_context);
int MQTTClient_connect(MQTTClient handle, MQTTClient_connectOptions *options);
int MQTTClient_disconnect(MQTTClient handle, int timeout);
void MQTTClient_destroy(MQTTClient *handle);
//--- v2/MQTTClient.h
typedef void *MQTTClient;
typedef struct { const char *name; const char *value; } MQTTClient_nameValue;
typedef struct { char struct_id[4]; int struct_version; const char *topicName; const char *message; int retained; int qos; } MQTTClient_willOptions;
typedef struct MQTTClient_SSLOptions MQTTClient_SSLOptions;
typedef struct {
  char struct_id[4];
  int struct_version;
  int keepAliveInterval;
  int cleansession;
  int reliable;
  MQTTClient_willOptions *will;
  const char *username;
  const char *password;
  int connectTimeout;
  int retryInterval;
  MQTTClient_SSLOptions *ssl;
  int serverURIcount;
  char *const *serverURIs;
  int MQTTVersion;
  struct { const char *serverURI; int MQTTVersion; int sessionPresent; } returned;
  struct { int len; const void *data; } binarypwd;
  int maxInflightMessages;
  int cleanstart;
  const MQTTClient_nameValue *httpHeaders;
  const char *httpProxy;
  const char *httpsProxy;
} MQTTClient_connectOptions;
#define MQTTClient_connectOptions_initializer { {'M', 'Q', 'T', 'C'}, 8, 60, 1, 1, NULL, NULL, NULL, 30, 0, NULL, 0, NULL, 0, {NULL, 0, 0}, {0, NULL}, -1, 0, NULL, NULL, NULL }
int MQTTClient_create(MQTTClient *handle, const char *serverURI, const char *clientId, int persistence_type, void *persistence_context);
int MQTTClient_connect(MQTTClient handle, MQTTClient_connectOptions *options);
int MQTTClient_disconnect(MQTTClient handle, int timeout);
void MQTTClient_destroy(MQTTClient *handle);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "MQTTClient.h"
typedef struct { const char *serverURI; const char *clientID; int keepAliveInterval; int cleansession; int maxInflight; int connected; const char *username; const MQTTClient_nameValue *httpHeaders; } MQTTClients;
int MQTTClient_create(MQTTClient *handle, const char *serverURI, const char *clientId, int persistence_type, void *persistence_context) {
  (void)persistence_type; (void)persistence_context;
  MQTTClients *m = calloc(1, sizeof *m);
  if (!m) return -99;
  m->serverURI = serverURI; m->clientID = clientId; *handle = m;
  return 0;
}
int MQTTClient_connect(MQTTClient handle, MQTTClient_connectOptions *options) {
  MQTTClients *m = handle;
  if (strncmp(options->struct_id, "MQTC", 4) != 0 || options->struct_version < 0 || options->struct_version > 7) return -8;
  m->keepAliveInterval = options->keepAliveInterval; m->cleansession = options->cleansession; m->username = options->username;
  if (options->struct_version >= 6) m->maxInflight = options->maxInflightMessages;
  if (options->struct_version >= 7) m->httpHeaders = options->httpHeaders;
  m->connected = 1;
  if (options->struct_version >= 5) { options->returned.serverURI = m->serverURI; options->returned.MQTTVersion = 4; options->returned.sessionPresent = 0; }
  return 0;
}
int MQTTClient_disconnect(MQTTClient handle, int timeout) { MQTTClients *m = handle; (void)timeout; m->connected = 0; return 0; }
void MQTTClient_destroy(MQTTClient *handle) { free(*handle); *handle = NULL; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "MQTTClient.h"
typedef struct { const char *serverURI; const char *clientID; int keepAliveInterval; int cleansession; int maxInflight; int connected; const char *username; const MQTTClient_nameValue *httpHeaders; const char *httpProxy; const char *httpsProxy; } MQTTClients;
int MQTTClient_create(MQTTClient *handle, const char *serverURI, const char *clientId, int persistence_type, void *persistence_context) {
  (void)persistence_type; (void)persistence_context;
  MQTTClients *m = calloc(1, sizeof *m);
  if (!m) return -99;
  m->serverURI = serverURI; m->clientID = clientId; *handle = m;
  return 0;
}
int MQTTClient_connect(MQTTClient handle, MQTTClient_connectOptions *options) {
  MQTTClients *m = handle;
  if (strncmp(options->struct_id, "MQTC", 4) != 0 || options->struct_version < 0 || options->struct_version > 8) return -8;
  m->keepAliveInterval = options->keepAliveInterval; m->cleansession = options->cleansession; m->username = options->username;
  if (options->struct_version >= 6) m->maxInflight = options->maxInflightMessages;
  if (options->struct_version >= 7) m->httpHeaders = options->httpHeaders;
  if (options->struct_version >= 8) { m->httpProxy = options->httpProxy; m->httpsProxy = options->httpsProxy; }
  m->connected = 1;
  if (options->struct_version >= 5) { options->returned.serverURI = m->serverURI; options->returned.MQTTVersion = 4; options->returned.sessionPresent = 0; }
  return 0;
}
int MQTTClient_disconnect(MQTTClient handle, int timeout) { MQTTClients *m = handle; (void)timeout; m->connected = 0; return 0; }
void MQTTClient_destroy(MQTTClient *handle) { free(*handle); *handle = NULL; }
