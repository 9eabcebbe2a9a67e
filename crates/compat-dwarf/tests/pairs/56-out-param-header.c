// expect: warning
// why: conn_open hands instances out through an out-parameter (struct conn **); the struct is declared
// why: in the header with its members, so consumers may read conn->fd, which moved: undecided.
// abidiff: 4 agree
//--- v1/conn.h
struct conn { int fd; int flags; };
int conn_open(struct conn **out);
int conn_fd(const struct conn *c);
//--- v2/conn.h
struct conn { long id; int fd; int flags; };
int conn_open(struct conn **out);
int conn_fd(const struct conn *c);
//--- v1
#include <stdlib.h>
#include "conn.h"
int conn_open(struct conn **out) { *out = calloc(1, sizeof(struct conn)); return 0; }
int conn_fd(const struct conn *c) { return c->fd; }
//--- v2
#include <stdlib.h>
#include "conn.h"
int conn_open(struct conn **out) { *out = calloc(1, sizeof(struct conn)); return 0; }
int conn_fd(const struct conn *c) { return c->fd; }
