// expect: info
// why: sr_datastore_t, passed by value to sr_session_start and sr_session_switch_ds and returned by
// why: sr_session_get_ds, gains SR_DS_FACTORY_DEFAULT = 4 after SR_DS_OPERATIONAL (sysrepo 2.2's factory-default
// why: datastore). Existing enumerators keep their values and the underlying type stays unsigned int; the
// why: sessions are defined only in the library's sources. A new value is an API extension.
// abidiff: 0 agree
//--- v1/sysrepo.h
typedef struct sr_conn_ctx_s sr_conn_ctx_t;
typedef struct sr_session_ctx_s sr_session_ctx_t;
typedef enum {
    SR_DS_STARTUP = 0,
    SR_DS_RUNNING = 1,
    SR_DS_CANDIDATE = 2,
    SR_DS_OPERATIONAL = 3
} sr_datastore_t;
int sr_connect(unsigned int opts, sr_conn_ctx_t **conn);
int sr_session_start(sr_conn_ctx_t *conn, const sr_datastore_t datastore, sr_session_ctx_t **session);
int sr_session_switch_ds(sr_session_ctx_t *session, sr_datastore_t ds);
sr_datastore_t sr_session_get_ds(sr_session_ctx_t *session);
//--- v2/sysrepo.h
typedef struct sr_conn_ctx_s sr_conn_ctx_t;
typedef struct sr_session_ctx_s sr_session_ctx_t;
typedef enum {
    SR_DS_STARTUP = 0,
    SR_DS_RUNNING = 1,
    SR_DS_CANDIDATE = 2,
    SR_DS_OPERATIONAL = 3,
    SR_DS_FACTORY_DEFAULT = 4
} sr_datastore_t;
int sr_connect(unsigned int opts, sr_conn_ctx_t **conn);
int sr_session_start(sr_conn_ctx_t *conn, const sr_datastore_t datastore, sr_session_ctx_t **session);
int sr_session_switch_ds(sr_session_ctx_t *session, sr_datastore_t ds);
sr_datastore_t sr_session_get_ds(sr_session_ctx_t *session);
//--- v1
#include <stdlib.h>
#include "sysrepo.h"
struct sr_conn_ctx_s { unsigned int opts; unsigned int session_count; };
struct sr_session_ctx_s { sr_conn_ctx_t *conn; sr_datastore_t ds; };
int sr_connect(unsigned int opts, sr_conn_ctx_t **conn) { if (!conn) return 1; *conn = calloc(1, sizeof **conn); if (!*conn) return 2; (*conn)->opts = opts; return 0; }
int sr_session_start(sr_conn_ctx_t *conn, const sr_datastore_t datastore, sr_session_ctx_t **session) {
    if (!conn || !session || datastore > SR_DS_OPERATIONAL) return 1;
    *session = calloc(1, sizeof **session); if (!*session) return 2;
    (*session)->conn = conn; (*session)->ds = datastore; conn->session_count++; return 0;
}
int sr_session_switch_ds(sr_session_ctx_t *session, sr_datastore_t ds) { if (!session || ds > SR_DS_OPERATIONAL) return 1; session->ds = ds; return 0; }
sr_datastore_t sr_session_get_ds(sr_session_ctx_t *session) { return session ? session->ds : SR_DS_RUNNING; }
//--- v2
#include <stdlib.h>
#include "sysrepo.h"
struct sr_conn_ctx_s { unsigned int opts; unsigned int session_count; };
struct sr_session_ctx_s { sr_conn_ctx_t *conn; sr_datastore_t ds; };
int sr_connect(unsigned int opts, sr_conn_ctx_t **conn) { if (!conn) return 1; *conn = calloc(1, sizeof **conn); if (!*conn) return 2; (*conn)->opts = opts; return 0; }
int sr_session_start(sr_conn_ctx_t *conn, const sr_datastore_t datastore, sr_session_ctx_t **session) {
    if (!conn || !session || datastore > SR_DS_FACTORY_DEFAULT) return 1;
    *session = calloc(1, sizeof **session); if (!*session) return 2;
    (*session)->conn = conn; (*session)->ds = datastore; conn->session_count++; return 0;
}
int sr_session_switch_ds(sr_session_ctx_t *session, sr_datastore_t ds) { if (!session || ds > SR_DS_FACTORY_DEFAULT) return 1; session->ds = ds; return 0; }
sr_datastore_t sr_session_get_ds(sr_session_ctx_t *session) { return session ? session->ds : SR_DS_RUNNING; }
