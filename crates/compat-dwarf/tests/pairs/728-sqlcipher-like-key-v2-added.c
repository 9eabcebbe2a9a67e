// expect: info
// why: v2 adds sqlite3_key_v2 and sqlite3_rekey_v2, which name the attached database, and keeps sqlite3_key and
// why: sqlite3_rekey unchanged: new symbols only, nothing old binaries use moves.
// abidiff: 4 disagree: abidiff reports two functions added; adding symbols is compatible.
//--- v1/sqlite3.h
typedef struct sqlite3 sqlite3;
int sqlite3_open(const char *filename, sqlite3 **ppDb);
int sqlite3_key(sqlite3 *db, const void *pKey, int nKey);
int sqlite3_rekey(sqlite3 *db, const void *pKey, int nKey);
//--- v2/sqlite3.h
typedef struct sqlite3 sqlite3;
int sqlite3_open(const char *filename, sqlite3 **ppDb);
int sqlite3_key(sqlite3 *db, const void *pKey, int nKey);
int sqlite3_key_v2(sqlite3 *db, const char *zDbName, const void *pKey, int nKey);
int sqlite3_rekey(sqlite3 *db, const void *pKey, int nKey);
int sqlite3_rekey_v2(sqlite3 *db, const char *zDbName, const void *pKey, int nKey);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "sqlite3.h"
struct sqlite3 { unsigned char key[64]; int nkey; };
int sqlite3_open(const char *filename, sqlite3 **pp) { if (!filename || !pp) return 21; *pp = calloc(1, sizeof **pp); return *pp ? 0 : 7; }
int sqlite3_key(sqlite3 *db, const void *k, int n) { if (!db || n < 0 || n > 64) return 21; memcpy(db->key, k, (size_t)n); db->nkey = n; return 0; }
int sqlite3_rekey(sqlite3 *db, const void *k, int n) { return sqlite3_key(db, k, n); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "sqlite3.h"
struct sqlite3 { unsigned char key[64]; int nkey; };
int sqlite3_open(const char *filename, sqlite3 **pp) { if (!filename || !pp) return 21; *pp = calloc(1, sizeof **pp); return *pp ? 0 : 7; }
int sqlite3_key_v2(sqlite3 *db, const char *zDb, const void *k, int n) { if (!db || n < 0 || n > 64 || (zDb && strcmp(zDb, "main"))) return 21; memcpy(db->key, k, (size_t)n); db->nkey = n; return 0; }
int sqlite3_key(sqlite3 *db, const void *k, int n) { return sqlite3_key_v2(db, "main", k, n); }
int sqlite3_rekey_v2(sqlite3 *db, const char *zDb, const void *k, int n) { return sqlite3_key_v2(db, zDb, k, n); }
int sqlite3_rekey(sqlite3 *db, const void *k, int n) { return sqlite3_key_v2(db, "main", k, n); }
