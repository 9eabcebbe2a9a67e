// expect: warning
// why: Every type and exported symbol is unchanged; v2 grows its track array with reallocarray instead of
// why: realloc, bound as reallocarray@GLIBC_2.26, while every need of v1 from libc.so.6 is at GLIBC_2.2.5 (calloc,
// why: realloc, strdup, free). On a system with glibc 2.2.5 to 2.25 the old library loads and the new one fails
// why: with "version `GLIBC_2.26' not found": a new requirement on the system, not on consumers' code.
// abidiff: 0 disagree: abidiff does not compare the versions a library needs from its dependencies; the new need stops v2 from loading where v1 loaded.
//--- cddb.h
typedef struct cddb_disc_s cddb_disc_t;
cddb_disc_t *cddb_disc_new(void);
int cddb_disc_add_track(cddb_disc_t *disc, const char *title, int frame_offset);
int cddb_disc_get_track_count(const cddb_disc_t *disc);
void cddb_disc_destroy(cddb_disc_t *disc);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "cddb.h"
struct track { char *title; int frame_offset; };
struct cddb_disc_s { struct track *tracks; int count; };
cddb_disc_t *cddb_disc_new(void) { return calloc(1, sizeof(cddb_disc_t)); }
int cddb_disc_add_track(cddb_disc_t *disc, const char *title, int frame_offset) {
    struct track *t = realloc(disc->tracks, (size_t)(disc->count + 1) * sizeof *t);
    if (!t) return -1;
    disc->tracks = t;
    t[disc->count].title = strdup(title); t[disc->count].frame_offset = frame_offset;
    return disc->count++;
}
int cddb_disc_get_track_count(const cddb_disc_t *disc) { return disc->count; }
void cddb_disc_destroy(cddb_disc_t *disc) { int i; for (i = 0; i < disc->count; i++) free(disc->tracks[i].title); free(disc->tracks); free(disc); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "cddb.h"
struct track { char *title; int frame_offset; };
struct cddb_disc_s { struct track *tracks; int count; };
cddb_disc_t *cddb_disc_new(void) { return calloc(1, sizeof(cddb_disc_t)); }
int cddb_disc_add_track(cddb_disc_t *disc, const char *title, int frame_offset) {
    struct track *t = reallocarray(disc->tracks, (size_t)disc->count + 1, sizeof *t);
    if (!t) return -1;
    disc->tracks = t;
    t[disc->count].title = strdup(title); t[disc->count].frame_offset = frame_offset;
    return disc->count++;
}
int cddb_disc_get_track_count(const cddb_disc_t *disc) { return disc->count; }
void cddb_disc_destroy(cddb_disc_t *disc) { int i; for (i = 0; i < disc->count; i++) free(disc->tracks[i].title); free(disc->tracks); free(disc); }
