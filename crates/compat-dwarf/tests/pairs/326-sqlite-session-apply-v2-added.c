// expect: info
// why: v2 adds sqlite3changeset_apply_v2 next to sqlite3changeset_apply (SQLite 3.22), which keeps its signature
// why: and behaviour; the session and iterator types are defined only in the library's source. Adding a symbol
// why: is compatible.
// abidiff: 4 disagree: abidiff reports one added function, which is compatible.
//--- v1/sqlite3session.h
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_changeset_iter sqlite3_changeset_iter;
int sqlite3changeset_apply(sqlite3 *db, int nChangeset, void *pChangeset, int (*xFilter)(void *pCtx, const char *zTab), int (*xConflict)(void *pCtx, int eConflict, sqlite3_changeset_iter *p), void *pCtx);
//--- v2/sqlite3session.h
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_changeset_iter sqlite3_changeset_iter;
int sqlite3changeset_apply(sqlite3 *db, int nChangeset, void *pChangeset, int (*xFilter)(void *pCtx, const char *zTab), int (*xConflict)(void *pCtx, int eConflict, sqlite3_changeset_iter *p), void *pCtx);
int sqlite3changeset_apply_v2(sqlite3 *db, int nChangeset, void *pChangeset, int (*xFilter)(void *pCtx, const char *zTab), int (*xConflict)(void *pCtx, int eConflict, sqlite3_changeset_iter *p), void *pCtx, void **ppRebase, int *pnRebase, int flags);
//--- v1
#include "sqlite3session.h"
struct sqlite3 { int nChange; };
struct sqlite3_changeset_iter { const unsigned char *aChangeset; int nChangeset; int iCurrent; };
int sqlite3changeset_apply(sqlite3 *db, int nChangeset, void *pChangeset, int (*xFilter)(void *pCtx, const char *zTab), int (*xConflict)(void *pCtx, int eConflict, sqlite3_changeset_iter *p), void *pCtx) {
  struct sqlite3_changeset_iter it = { pChangeset, nChangeset, 0 };
  if (!db || nChangeset < 0) return 1;
  if (xFilter && !xFilter(pCtx, "t1")) return 0;
  if (nChangeset && xConflict && xConflict(pCtx, 1, &it) == 2) return 4;
  db->nChange += nChangeset > 0;
  return 0;
}
//--- v2
#include "sqlite3session.h"
struct sqlite3 { int nChange; };
struct sqlite3_changeset_iter { const unsigned char *aChangeset; int nChangeset; int iCurrent; };
int sqlite3changeset_apply_v2(sqlite3 *db, int nChangeset, void *pChangeset, int (*xFilter)(void *pCtx, const char *zTab), int (*xConflict)(void *pCtx, int eConflict, sqlite3_changeset_iter *p), void *pCtx, void **ppRebase, int *pnRebase, int flags) {
  struct sqlite3_changeset_iter it = { pChangeset, nChangeset, 0 };
  if (ppRebase) *ppRebase = 0;
  if (pnRebase) *pnRebase = 0;
  if (!db || nChangeset < 0) return 1;
  if (xFilter && !xFilter(pCtx, "t1")) return 0;
  if (nChangeset && xConflict && xConflict(pCtx, 1, &it) == 2) return 4;
  db->nChange += nChangeset > 0 && !(flags & 1);
  return 0;
}
int sqlite3changeset_apply(sqlite3 *db, int nChangeset, void *pChangeset, int (*xFilter)(void *pCtx, const char *zTab), int (*xConflict)(void *pCtx, int eConflict, sqlite3_changeset_iter *p), void *pCtx) {
  return sqlite3changeset_apply_v2(db, nChangeset, pChangeset, xFilter, xConflict, pCtx, 0, 0, 0);
}
