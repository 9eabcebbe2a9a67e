// expect: info
// why: hs_expr_ext_t is filled by the caller and handed to hs_compile_ext_multi through an input array of pointers;
// why: its first member, flags, says which of the following members the caller set (HS_EXT_FLAG_MIN_OFFSET ...
// why: HS_EXT_FLAG_EDIT_DISTANCE), and the library reads a member only when its flag is set. v2 appends unsigned
// why: hamming_distance, guarded by the new HS_EXT_FLAG_HAMMING_DISTANCE; it lands in the 4 bytes of tail padding, so
// why: the struct keeps its 40 bytes. No old caller sets the new flag, so v2 never reads the bytes they left unset.
// abidiff: 4 disagree: a member guarded by a flag old callers never set, in what was tail padding
//--- v1/hs_compile.h
typedef int hs_error_t;
typedef struct hs_database hs_database_t;
typedef struct hs_compile_error { char *message; int expression; } hs_compile_error_t;
typedef struct hs_expr_ext {
    unsigned long long flags;
    unsigned long long min_offset;
    unsigned long long max_offset;
    unsigned long long min_length;
    unsigned edit_distance;
} hs_expr_ext_t;
#define HS_EXT_FLAG_MIN_OFFSET 1ULL
#define HS_EXT_FLAG_MAX_OFFSET 2ULL
#define HS_EXT_FLAG_MIN_LENGTH 4ULL
#define HS_EXT_FLAG_EDIT_DISTANCE 8ULL
hs_error_t hs_compile_ext_multi(const char *const *expressions, const unsigned int *flags, const unsigned int *ids, const hs_expr_ext_t *const *ext, unsigned int elements, unsigned int mode, hs_database_t **db, hs_compile_error_t **error);
hs_error_t hs_free_database(hs_database_t *db);
//--- v2/hs_compile.h
typedef int hs_error_t;
typedef struct hs_database hs_database_t;
typedef struct hs_compile_error { char *message; int expression; } hs_compile_error_t;
typedef struct hs_expr_ext {
    unsigned long long flags;
    unsigned long long min_offset;
    unsigned long long max_offset;
    unsigned long long min_length;
    unsigned edit_distance;
    unsigned hamming_distance;
} hs_expr_ext_t;
#define HS_EXT_FLAG_MIN_OFFSET 1ULL
#define HS_EXT_FLAG_MAX_OFFSET 2ULL
#define HS_EXT_FLAG_MIN_LENGTH 4ULL
#define HS_EXT_FLAG_EDIT_DISTANCE 8ULL
#define HS_EXT_FLAG_HAMMING_DISTANCE 16ULL
hs_error_t hs_compile_ext_multi(const char *const *expressions, const unsigned int *flags, const unsigned int *ids, const hs_expr_ext_t *const *ext, unsigned int elements, unsigned int mode, hs_database_t **db, hs_compile_error_t **error);
hs_error_t hs_free_database(hs_database_t *db);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "hs_compile.h"
struct pattern { const char *expr; unsigned id; unsigned long long min_offset, max_offset, min_length; unsigned edit_distance; };
struct hs_database { unsigned count; unsigned mode; struct pattern pats[]; };
static hs_compile_error_t bad = { "Invalid parameter", -1 };
hs_error_t hs_compile_ext_multi(const char *const *expressions, const unsigned int *flags, const unsigned int *ids, const hs_expr_ext_t *const *ext, unsigned int elements, unsigned int mode, hs_database_t **db, hs_compile_error_t **error) {
    (void)flags;
    if (!expressions || !db || elements == 0) { if (error) *error = &bad; return -1; }
    hs_database_t *d = calloc(1, sizeof *d + elements * sizeof(struct pattern));
    if (!d) return -2;
    d->count = elements; d->mode = mode;
    for (unsigned i = 0; i < elements; i++) {
        struct pattern *p = &d->pats[i];
        p->expr = expressions[i]; p->id = ids ? ids[i] : 0; p->max_offset = ~0ULL;
        const hs_expr_ext_t *e = ext ? ext[i] : NULL;
        if (!e) continue;
        if (e->flags & ~15ULL) { free(d); if (error) *error = &bad; return -4; }
        if (e->flags & HS_EXT_FLAG_MIN_OFFSET) p->min_offset = e->min_offset;
        if (e->flags & HS_EXT_FLAG_MAX_OFFSET) p->max_offset = e->max_offset;
        if (e->flags & HS_EXT_FLAG_MIN_LENGTH) p->min_length = e->min_length;
        if (e->flags & HS_EXT_FLAG_EDIT_DISTANCE) p->edit_distance = e->edit_distance;
    }
    *db = d;
    return 0;
}
hs_error_t hs_free_database(hs_database_t *db) { free(db); return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "hs_compile.h"
struct pattern { const char *expr; unsigned id; unsigned long long min_offset, max_offset, min_length; unsigned edit_distance, hamming_distance; };
struct hs_database { unsigned count; unsigned mode; struct pattern pats[]; };
static hs_compile_error_t bad = { "Invalid parameter", -1 };
hs_error_t hs_compile_ext_multi(const char *const *expressions, const unsigned int *flags, const unsigned int *ids, const hs_expr_ext_t *const *ext, unsigned int elements, unsigned int mode, hs_database_t **db, hs_compile_error_t **error) {
    (void)flags;
    if (!expressions || !db || elements == 0) { if (error) *error = &bad; return -1; }
    hs_database_t *d = calloc(1, sizeof *d + elements * sizeof(struct pattern));
    if (!d) return -2;
    d->count = elements; d->mode = mode;
    for (unsigned i = 0; i < elements; i++) {
        struct pattern *p = &d->pats[i];
        p->expr = expressions[i]; p->id = ids ? ids[i] : 0; p->max_offset = ~0ULL;
        const hs_expr_ext_t *e = ext ? ext[i] : NULL;
        if (!e) continue;
        if (e->flags & ~31ULL) { free(d); if (error) *error = &bad; return -4; }
        if (e->flags & HS_EXT_FLAG_MIN_OFFSET) p->min_offset = e->min_offset;
        if (e->flags & HS_EXT_FLAG_MAX_OFFSET) p->max_offset = e->max_offset;
        if (e->flags & HS_EXT_FLAG_MIN_LENGTH) p->min_length = e->min_length;
        if (e->flags & HS_EXT_FLAG_EDIT_DISTANCE) p->edit_distance = e->edit_distance;
        if (e->flags & HS_EXT_FLAG_HAMMING_DISTANCE) p->hamming_distance = e->hamming_distance;
    }
    *db = d;
    return 0;
}
hs_error_t hs_free_database(hs_database_t *db) { free(db); return 0; }
