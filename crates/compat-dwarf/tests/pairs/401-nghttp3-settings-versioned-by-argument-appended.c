// expect: info
// why: nghttp3_settings is allocated by the caller, but versioned by an argument instead of a member: the macros
// why: nghttp3_settings_default(&s) and nghttp3_conn_client_new(&conn, &s, ud) pass NGHTTP3_SETTINGS_VERSION to
// why: nghttp3_settings_default_versioned and nghttp3_conn_client_new_versioned. nghttp3 appends const nghttp3_vec
// why: *origin_list as NGHTTP3_SETTINGS_V2 (the struct grows from 40 to 48 bytes); both functions touch only the
// why: bytes of the version the caller names (nghttp3_settingslen_version(1) is 40), and the connection copies an
// why: old caller's struct into a zeroed v2 one. Old binaries pass version 1 and are never read or written past
// why: their 40 bytes: the versioned-struct convention of 192, with the version in an argument, which the parameter
// why: names settings_version show.
// abidiff: 4 disagree: abidiff reports origin_list appended and nghttp3_settings grown from 40 to 48 bytes; both functions touch only the bytes of the settings_version old callers pass, 1 (as in 192).
//--- v1/nghttp3.h
#include <stddef.h>
#include <stdint.h>
#define NGHTTP3_SETTINGS_V1 1
#define NGHTTP3_SETTINGS_VERSION NGHTTP3_SETTINGS_V1
typedef struct nghttp3_conn nghttp3_conn;
typedef struct nghttp3_settings {
  uint64_t max_field_section_size;
  size_t qpack_max_dtable_capacity;
  size_t qpack_encoder_max_dtable_capacity;
  size_t qpack_blocked_streams;
  int enable_connect_protocol;
  int h3_datagram;
} nghttp3_settings;
void nghttp3_settings_default_versioned(int settings_version, nghttp3_settings *settings);
#define nghttp3_settings_default(SETTINGS) nghttp3_settings_default_versioned(NGHTTP3_SETTINGS_VERSION, (SETTINGS))
int nghttp3_conn_client_new_versioned(nghttp3_conn **pconn, int settings_version, const nghttp3_settings *settings, void *conn_user_data);
#define nghttp3_conn_client_new(PCONN, SETTINGS, USER_DATA) nghttp3_conn_client_new_versioned((PCONN), NGHTTP3_SETTINGS_VERSION, (SETTINGS), (USER_DATA))
void nghttp3_conn_del(nghttp3_conn *conn);
//--- v2/nghttp3.h
#include <stddef.h>
#include <stdint.h>
#define NGHTTP3_SETTINGS_V1 1
#define NGHTTP3_SETTINGS_V2 2
#define NGHTTP3_SETTINGS_VERSION NGHTTP3_SETTINGS_V2
typedef struct nghttp3_conn nghttp3_conn;
typedef struct nghttp3_vec { uint8_t *base; size_t len; } nghttp3_vec;
typedef struct nghttp3_settings {
  uint64_t max_field_section_size;
  size_t qpack_max_dtable_capacity;
  size_t qpack_encoder_max_dtable_capacity;
  size_t qpack_blocked_streams;
  int enable_connect_protocol;
  int h3_datagram;
  const nghttp3_vec *origin_list;
} nghttp3_settings;
void nghttp3_settings_default_versioned(int settings_version, nghttp3_settings *settings);
#define nghttp3_settings_default(SETTINGS) nghttp3_settings_default_versioned(NGHTTP3_SETTINGS_VERSION, (SETTINGS))
int nghttp3_conn_client_new_versioned(nghttp3_conn **pconn, int settings_version, const nghttp3_settings *settings, void *conn_user_data);
#define nghttp3_conn_client_new(PCONN, SETTINGS, USER_DATA) nghttp3_conn_client_new_versioned((PCONN), NGHTTP3_SETTINGS_VERSION, (SETTINGS), (USER_DATA))
void nghttp3_conn_del(nghttp3_conn *conn);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "nghttp3.h"
struct nghttp3_conn { nghttp3_settings local_settings; void *user_data; };
static size_t nghttp3_settingslen_version(int v) { return v == NGHTTP3_SETTINGS_V1 ? sizeof(nghttp3_settings) : 0; }
void nghttp3_settings_default_versioned(int settings_version, nghttp3_settings *settings) {
  size_t len = nghttp3_settingslen_version(settings_version);
  memset(settings, 0, len);
  if (settings_version == NGHTTP3_SETTINGS_V1) { settings->max_field_section_size = UINT64_MAX; settings->qpack_encoder_max_dtable_capacity = 4096; }
}
int nghttp3_conn_client_new_versioned(nghttp3_conn **pconn, int settings_version, const nghttp3_settings *settings, void *conn_user_data) {
  size_t len = nghttp3_settingslen_version(settings_version);
  if (!len) return -101;
  nghttp3_conn *conn = calloc(1, sizeof *conn);
  if (!conn) return -901;
  memcpy(&conn->local_settings, settings, len);
  conn->user_data = conn_user_data; *pconn = conn;
  return 0;
}
void nghttp3_conn_del(nghttp3_conn *conn) { free(conn); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "nghttp3.h"
struct nghttp3_conn { nghttp3_settings local_settings; size_t norigins; void *user_data; };
static size_t nghttp3_settingslen_version(int v) {
  switch (v) {
  case NGHTTP3_SETTINGS_V2: return sizeof(nghttp3_settings);
  case NGHTTP3_SETTINGS_V1: return offsetof(nghttp3_settings, h3_datagram) + sizeof(int);
  default: return 0;
  }
}
void nghttp3_settings_default_versioned(int settings_version, nghttp3_settings *settings) {
  size_t len = nghttp3_settingslen_version(settings_version);
  memset(settings, 0, len);
  switch (settings_version) {
  case NGHTTP3_SETTINGS_V2: settings->origin_list = NULL; /* fall through */
  case NGHTTP3_SETTINGS_V1: settings->max_field_section_size = UINT64_MAX; settings->qpack_encoder_max_dtable_capacity = 4096;
  }
}
int nghttp3_conn_client_new_versioned(nghttp3_conn **pconn, int settings_version, const nghttp3_settings *settings, void *conn_user_data) {
  size_t len = nghttp3_settingslen_version(settings_version);
  if (!len) return -101;
  nghttp3_conn *conn = calloc(1, sizeof *conn);
  if (!conn) return -901;
  memcpy(&conn->local_settings, settings, len);
  if (conn->local_settings.origin_list) conn->norigins = 1;
  conn->user_data = conn_user_data; *pconn = conn;
  return 0;
}
void nghttp3_conn_del(nghttp3_conn *conn) { free(conn); }
