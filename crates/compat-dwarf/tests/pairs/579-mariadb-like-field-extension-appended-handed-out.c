// expect: warning
// why: MYSQL_FIELD is declared with its members in the header and only handed out (mysql_fetch_field returns a
// why: pointer into the result the library allocates). v2 appends void *extension: existing offsets hold and
// why: the struct grows, which matters only if consumers copy or allocate it; only the public headers can
// why: tell, so the type is undecided (as in 305).
// abidiff: 4 agree
//--- v1/mysql.h
typedef struct st_mysql_res MYSQL_RES;
typedef struct st_mysql_field { char *name; char *org_name; char *table; char *db; unsigned long length; unsigned long max_length; unsigned int flags; unsigned int decimals; unsigned int charsetnr; int type; } MYSQL_FIELD;
MYSQL_RES *mysql_store_result_from(const char *const *names, unsigned n);
MYSQL_FIELD *mysql_fetch_field(MYSQL_RES *res);
//--- v2/mysql.h
typedef struct st_mysql_res MYSQL_RES;
typedef struct st_mysql_field { char *name; char *org_name; char *table; char *db; unsigned long length; unsigned long max_length; unsigned int flags; unsigned int decimals; unsigned int charsetnr; int type; void *extension; } MYSQL_FIELD;
MYSQL_RES *mysql_store_result_from(const char *const *names, unsigned n);
MYSQL_FIELD *mysql_fetch_field(MYSQL_RES *res);
//--- v1
#include <stdlib.h>
#include "mysql.h"
struct st_mysql_res { MYSQL_FIELD fields[4]; unsigned n, cur; };
MYSQL_RES *mysql_store_result_from(const char *const *names, unsigned n) { MYSQL_RES *r = calloc(1, sizeof *r); if (!r) return 0; r->n = n > 4 ? 4 : n; for (unsigned i = 0; i < r->n; i++) r->fields[i].name = (char *)names[i]; return r; }
MYSQL_FIELD *mysql_fetch_field(MYSQL_RES *res) { return res->cur < res->n ? &res->fields[res->cur++] : 0; }
//--- v2
#include <stdlib.h>
#include "mysql.h"
struct st_mysql_res { MYSQL_FIELD fields[4]; unsigned n, cur; };
MYSQL_RES *mysql_store_result_from(const char *const *names, unsigned n) { MYSQL_RES *r = calloc(1, sizeof *r); if (!r) return 0; r->n = n > 4 ? 4 : n; for (unsigned i = 0; i < r->n; i++) { r->fields[i].name = (char *)names[i]; r->fields[i].extension = r; } return r; }
MYSQL_FIELD *mysql_fetch_field(MYSQL_RES *res) { return res->cur < res->n ? &res->fields[res->cur++] : 0; }
