// expect: info
// why: As 56, but struct conn is defined only in the library's source (the header forward-declares it):
// why: an opaque handle, so its new member is invisible to consumers.
// abidiff: 4 disagree: as 55: struct conn is defined only in the library's source.
//--- conn.h
struct conn;
int conn_open(struct conn **out);
int conn_fd(const struct conn *c);
//--- v1
#include <stdlib.h>
#include "conn.h"
struct conn { int fd; int flags; };
int conn_open(struct conn **out) { *out = calloc(1, sizeof(struct conn)); return 0; }
int conn_fd(const struct conn *c) { return c->fd; }
//--- v2
#include <stdlib.h>
#include "conn.h"
struct conn { long id; int fd; int flags; };
int conn_open(struct conn **out) { *out = calloc(1, sizeof(struct conn)); return 0; }
int conn_fd(const struct conn *c) { return c->fd; }
