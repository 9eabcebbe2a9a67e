// expect: breaking
// why: struct pq_stats is defined in the header and handed out by pq_conn_stats (const struct pq_stats *), which
// why: alone would leave it undecided; but it is also embedded by value in struct pq_report, which callers
// why: allocate and pq_report_fill fills (struct pq_report r; pq_report_fill(conn, &r)). v2 inserts bytes_sent
// why: before rows, so pq_report grows from 32 to 40 bytes and its conn_id moves: pq_report_fill writes past an
// why: old caller's object.
// abidiff: 4 agree
//--- v1/pq.h
#include <stdint.h>
typedef struct pq_conn pq_conn;
struct pq_stats { uint64_t queries; uint64_t rows; uint64_t errors; };
struct pq_report { struct pq_stats stats; int conn_id; };
pq_conn *pq_connect(const char *conninfo);
void pq_finish(pq_conn *c);
const struct pq_stats *pq_conn_stats(const pq_conn *c);
int pq_report_fill(const pq_conn *c, struct pq_report *r);
//--- v2/pq.h
#include <stdint.h>
typedef struct pq_conn pq_conn;
struct pq_stats { uint64_t queries; uint64_t bytes_sent; uint64_t rows; uint64_t errors; };
struct pq_report { struct pq_stats stats; int conn_id; };
pq_conn *pq_connect(const char *conninfo);
void pq_finish(pq_conn *c);
const struct pq_stats *pq_conn_stats(const pq_conn *c);
int pq_report_fill(const pq_conn *c, struct pq_report *r);
//--- v1
#include <stdlib.h>
#include "pq.h"
struct pq_conn { int id; struct pq_stats stats; };
pq_conn *pq_connect(const char *conninfo) { pq_conn *c = calloc(1, sizeof *c); if (c) c->id = conninfo ? (int)conninfo[0] : 0; return c; }
void pq_finish(pq_conn *c) { free(c); }
const struct pq_stats *pq_conn_stats(const pq_conn *c) { return &c->stats; }
int pq_report_fill(const pq_conn *c, struct pq_report *r) { r->stats = c->stats; r->conn_id = c->id; return 0; }
//--- v2
#include <stdlib.h>
#include "pq.h"
struct pq_conn { int id; struct pq_stats stats; };
pq_conn *pq_connect(const char *conninfo) { pq_conn *c = calloc(1, sizeof *c); if (c) c->id = conninfo ? (int)conninfo[0] : 0; return c; }
void pq_finish(pq_conn *c) { free(c); }
const struct pq_stats *pq_conn_stats(const pq_conn *c) { return &c->stats; }
int pq_report_fill(const pq_conn *c, struct pq_report *r) { r->stats = c->stats; r->conn_id = c->id; return 0; }
