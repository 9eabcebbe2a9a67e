// expect: warning
// why: enum db_status, returned by db_exec, had only non-negative enumerators, so GCC gave it the underlying
// why: type unsigned int; v2 adds DB_EUNKNOWN = -1, which makes it int. Size and register are the same and the
// why: old values keep their numbers, but the type's signedness flips: consumers' comparisons such as
// why: status >= DB_BUSY change meaning for the new value.
// abidiff: 0 disagree: abidiff treats the enumerator addition as harmless; the enum's underlying type flips from unsigned int to int, a signedness change of the returned status (as in 22).
//--- v1/db.h
enum db_status { DB_OK = 0, DB_ERROR = 1, DB_BUSY = 5, DB_NOMEM = 7 };
enum db_status db_exec(const char *sql);
//--- v2/db.h
enum db_status { DB_EUNKNOWN = -1, DB_OK = 0, DB_ERROR = 1, DB_BUSY = 5, DB_NOMEM = 7 };
enum db_status db_exec(const char *sql);
//--- lib.c
#include "db.h"
enum db_status db_exec(const char *sql) { return sql && *sql ? DB_OK : DB_ERROR; }
