// expect: info
// why: ngtcp2_callbacks is the table of callbacks the application fills and hands to
// why: ngtcp2_conn_client_new_versioned, whose callbacks_version argument the ngtcp2_conn_client_new macro fills with
// why: NGTCP2_CALLBACKS_VERSION. v2 appends begin_path_validation and bumps the version to 2; the library copies and
// why: calls only the members the caller's version names (sizeof the v1 table for version 1), so a v1 caller's
// why: shorter table is never read past its end. The versioned-struct convention with the version in a parameter.
// abidiff: 4 disagree: the table grows at its end, and the library reads only as much of it as the caller's version says it has.
//--- v1/ngtcp2.h
#include <stddef.h>
#include <stdint.h>
#define NGTCP2_CALLBACKS_V1 1
#define NGTCP2_CALLBACKS_VERSION NGTCP2_CALLBACKS_V1
typedef struct ngtcp2_conn ngtcp2_conn;
typedef int (*ngtcp2_client_initial)(ngtcp2_conn *conn, void *user_data);
typedef int (*ngtcp2_recv_stream_data)(ngtcp2_conn *conn, uint32_t flags, int64_t stream_id, const uint8_t *data, size_t datalen, void *user_data);
typedef int (*ngtcp2_handshake_completed)(ngtcp2_conn *conn, void *user_data);
typedef struct ngtcp2_callbacks {
    ngtcp2_client_initial client_initial;
    ngtcp2_recv_stream_data recv_stream_data;
    ngtcp2_handshake_completed handshake_completed;
} ngtcp2_callbacks;
int ngtcp2_conn_client_new_versioned(ngtcp2_conn **pconn, uint32_t version, int callbacks_version, const ngtcp2_callbacks *callbacks, void *user_data);
int ngtcp2_conn_handshake_completed(ngtcp2_conn *conn);
void ngtcp2_conn_del(ngtcp2_conn *conn);
#define ngtcp2_conn_client_new(PCONN, VERSION, CALLBACKS, USER_DATA) ngtcp2_conn_client_new_versioned((PCONN), (VERSION), NGTCP2_CALLBACKS_VERSION, (CALLBACKS), (USER_DATA))
//--- v2/ngtcp2.h
#include <stddef.h>
#include <stdint.h>
#define NGTCP2_CALLBACKS_V1 1
#define NGTCP2_CALLBACKS_V2 2
#define NGTCP2_CALLBACKS_VERSION NGTCP2_CALLBACKS_V2
typedef struct ngtcp2_conn ngtcp2_conn;
typedef int (*ngtcp2_client_initial)(ngtcp2_conn *conn, void *user_data);
typedef int (*ngtcp2_recv_stream_data)(ngtcp2_conn *conn, uint32_t flags, int64_t stream_id, const uint8_t *data, size_t datalen, void *user_data);
typedef int (*ngtcp2_handshake_completed)(ngtcp2_conn *conn, void *user_data);
typedef int (*ngtcp2_begin_path_validation)(ngtcp2_conn *conn, uint32_t flags, const void *path, void *user_data);
typedef struct ngtcp2_callbacks {
    ngtcp2_client_initial client_initial;
    ngtcp2_recv_stream_data recv_stream_data;
    ngtcp2_handshake_completed handshake_completed;
    ngtcp2_begin_path_validation begin_path_validation;
} ngtcp2_callbacks;
int ngtcp2_conn_client_new_versioned(ngtcp2_conn **pconn, uint32_t version, int callbacks_version, const ngtcp2_callbacks *callbacks, void *user_data);
int ngtcp2_conn_handshake_completed(ngtcp2_conn *conn);
void ngtcp2_conn_del(ngtcp2_conn *conn);
#define ngtcp2_conn_client_new(PCONN, VERSION, CALLBACKS, USER_DATA) ngtcp2_conn_client_new_versioned((PCONN), (VERSION), NGTCP2_CALLBACKS_VERSION, (CALLBACKS), (USER_DATA))
//--- v1
#include <stdlib.h>
#include <string.h>
#include "ngtcp2.h"
struct ngtcp2_conn { ngtcp2_callbacks callbacks; uint32_t version; void *user_data; int handshake_done; };
int ngtcp2_conn_client_new_versioned(ngtcp2_conn **pconn, uint32_t version, int callbacks_version, const ngtcp2_callbacks *callbacks, void *user_data) {
    if (callbacks_version != NGTCP2_CALLBACKS_V1) return -201;
    ngtcp2_conn *c = calloc(1, sizeof *c);
    if (!c) return -501;
    memcpy(&c->callbacks, callbacks, sizeof c->callbacks);
    c->version = version; c->user_data = user_data;
    if (c->callbacks.client_initial && c->callbacks.client_initial(c, user_data) != 0) { free(c); return -502; }
    *pconn = c;
    return 0;
}
int ngtcp2_conn_handshake_completed(ngtcp2_conn *conn) {
    conn->handshake_done = 1;
    return conn->callbacks.handshake_completed ? conn->callbacks.handshake_completed(conn, conn->user_data) : 0;
}
void ngtcp2_conn_del(ngtcp2_conn *conn) { free(conn); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "ngtcp2.h"
struct ngtcp2_conn { ngtcp2_callbacks callbacks; uint32_t version; void *user_data; int handshake_done; };
static size_t callbacks_size(int callbacks_version) {
    switch (callbacks_version) {
    case NGTCP2_CALLBACKS_V1: return offsetof(ngtcp2_callbacks, begin_path_validation);
    case NGTCP2_CALLBACKS_V2: return sizeof(ngtcp2_callbacks);
    default: return 0;
    }
}
int ngtcp2_conn_client_new_versioned(ngtcp2_conn **pconn, uint32_t version, int callbacks_version, const ngtcp2_callbacks *callbacks, void *user_data) {
    size_t n = callbacks_size(callbacks_version);
    if (!n) return -201;
    ngtcp2_conn *c = calloc(1, sizeof *c);
    if (!c) return -501;
    memcpy(&c->callbacks, callbacks, n);
    c->version = version; c->user_data = user_data;
    if (c->callbacks.client_initial && c->callbacks.client_initial(c, user_data) != 0) { free(c); return -502; }
    *pconn = c;
    return 0;
}
int ngtcp2_conn_handshake_completed(ngtcp2_conn *conn) {
    conn->handshake_done = 1;
    if (conn->callbacks.begin_path_validation) (void)conn->callbacks.begin_path_validation(conn, 0, NULL, conn->user_data);
    return conn->callbacks.handshake_completed ? conn->callbacks.handshake_completed(conn, conn->user_data) : 0;
}
void ngtcp2_conn_del(ngtcp2_conn *conn) { free(conn); }
