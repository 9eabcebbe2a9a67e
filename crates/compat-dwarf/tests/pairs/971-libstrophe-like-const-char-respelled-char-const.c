// expect: none
// why: A style change spells libstrophe's const char * as char const * (east const) in xmpp_connect_client's
// why: altdomain, in xmpp_conn_set_jid's jid, in the handler typedef's const char * const * argument (char const
// why: *const *) and in the caller-filled struct xmpp_log_t's prefix member. Qualifier order does not change a
// why: type: every function, member, offset and symbol is the same.
// abidiff: 0 agree
//--- v1/strophe.h
typedef struct _xmpp_conn_t xmpp_conn_t;
typedef void (*xmpp_stanza_handler)(xmpp_conn_t *conn, const char *const *attrs, void *userdata);
typedef struct {
    void (*handler)(void *userdata, int level, const char *area, const char *msg);
    void *userdata;
    const char *prefix;
} xmpp_log_t;
xmpp_conn_t *xmpp_conn_new(const xmpp_log_t *log);
void xmpp_conn_set_jid(xmpp_conn_t *conn, const char *jid);
int xmpp_connect_client(xmpp_conn_t *conn, const char *altdomain, unsigned short altport, xmpp_stanza_handler handler, void *userdata);
//--- v2/strophe.h
typedef struct _xmpp_conn_t xmpp_conn_t;
typedef void (*xmpp_stanza_handler)(xmpp_conn_t *conn, char const *const *attrs, void *userdata);
typedef struct {
    void (*handler)(void *userdata, int level, char const *area, char const *msg);
    void *userdata;
    char const *prefix;
} xmpp_log_t;
xmpp_conn_t *xmpp_conn_new(xmpp_log_t const *log);
void xmpp_conn_set_jid(xmpp_conn_t *conn, char const *jid);
int xmpp_connect_client(xmpp_conn_t *conn, char const *altdomain, unsigned short altport, xmpp_stanza_handler handler, void *userdata);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "strophe.h"
struct _xmpp_conn_t { const xmpp_log_t *log; char *jid; xmpp_stanza_handler handler; void *userdata; };
xmpp_conn_t *xmpp_conn_new(const xmpp_log_t *log) { xmpp_conn_t *c = calloc(1, sizeof *c); if (c) c->log = log; return c; }
void xmpp_conn_set_jid(xmpp_conn_t *conn, const char *jid) { free(conn->jid); conn->jid = strdup(jid); }
int xmpp_connect_client(xmpp_conn_t *conn, const char *altdomain, unsigned short altport, xmpp_stanza_handler handler, void *userdata) {
    static const char *const attrs[] = { "type", "result", NULL };
    if (!conn->jid) { if (conn->log && conn->log->handler) conn->log->handler(conn->log->userdata, 3, conn->log->prefix ? conn->log->prefix : "conn", "no jid"); return -1; }
    conn->handler = handler; conn->userdata = userdata; (void)altdomain; (void)altport;
    if (handler) handler(conn, attrs, userdata);
    return 0;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "strophe.h"
struct _xmpp_conn_t { xmpp_log_t const *log; char *jid; xmpp_stanza_handler handler; void *userdata; };
xmpp_conn_t *xmpp_conn_new(xmpp_log_t const *log) { xmpp_conn_t *c = calloc(1, sizeof *c); if (c) c->log = log; return c; }
void xmpp_conn_set_jid(xmpp_conn_t *conn, char const *jid) { free(conn->jid); conn->jid = strdup(jid); }
int xmpp_connect_client(xmpp_conn_t *conn, char const *altdomain, unsigned short altport, xmpp_stanza_handler handler, void *userdata) {
    static char const *const attrs[] = { "type", "result", NULL };
    if (!conn->jid) { if (conn->log && conn->log->handler) conn->log->handler(conn->log->userdata, 3, conn->log->prefix ? conn->log->prefix : "conn", "no jid"); return -1; }
    conn->handler = handler; conn->userdata = userdata; (void)altdomain; (void)altport;
    if (handler) handler(conn, attrs, userdata);
    return 0;
}
