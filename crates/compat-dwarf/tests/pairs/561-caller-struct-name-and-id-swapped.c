// expect: breaking
// why: struct user_rec is caller-allocated (db_insert takes a pointer, nothing hands one out). v2 moves int id before
// why: char *name: id goes from byte 8 to 0 and name from 0 to 8, so the library reads an old caller's pointer as the
// why: id and its id plus padding as the pointer. The report must say the members moved.
// message: moved
// abidiff: 4 agree
//--- v1/db.h
struct user_rec { char *name; int id; };
int db_insert(const struct user_rec *r);
//--- v2/db.h
struct user_rec { int id; char *name; };
int db_insert(const struct user_rec *r);
//--- v1
#include <string.h>
#include "db.h"
int db_insert(const struct user_rec *r) { return r->name ? (int)strlen(r->name) + r->id : -1; }
//--- v2
#include <string.h>
#include "db.h"
int db_insert(const struct user_rec *r) { return r->name ? (int)strlen(r->name) + r->id : -1; }
