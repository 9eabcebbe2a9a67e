// expect: info
// why: The opaque handle type db_t is retargeted from struct db to struct database, both defined only in
// why: lib.c with one layout and only ever handed out by db_open: consumers hold a pointer either way and
// why: C symbols carry no types, so binaries are unaffected; a reader should still see the rename.
// abidiff: 4 disagree: abidiff reports the typedef db_t's target renamed from struct db to struct database; both are defined only in lib.c with one layout, and callers only hold pointers to them.
//--- v1/db.h
typedef struct db db_t;
db_t *db_open(const char *path);
int db_fd(const db_t *d);
//--- v2/db.h
typedef struct database db_t;
db_t *db_open(const char *path);
int db_fd(const db_t *d);
//--- v1
#include <stdlib.h>
#include "db.h"
struct db { int fd; int flags; };
db_t *db_open(const char *path) { db_t *d = calloc(1, sizeof *d); if (d) d->fd = path ? 3 : -1; return d; }
int db_fd(const db_t *d) { return d->fd; }
//--- v2
#include <stdlib.h>
#include "db.h"
struct database { int fd; int flags; };
db_t *db_open(const char *path) { db_t *d = calloc(1, sizeof *d); if (d) d->fd = path ? 3 : -1; return d; }
int db_fd(const db_t *d) { return d->fd; }
