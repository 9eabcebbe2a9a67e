// expect: breaking
// why: struct zip_stat is allocated by the caller and filled through an out-parameter (struct zip_stat sb;
// why: zip_stat_init(&sb); zip_stat_index(za, i, 0, &sb)); nothing hands one out. libzip 0.10 inserts the
// why: zip_uint64_t valid mask at the front: name moves from byte 0 to 8, index from 8 to 16, size from 24 to
// why: 32, and the struct grows from 48 to 56 bytes, so old callers read every field at the wrong offset and
// why: the library writes past the end of their objects.
// abidiff: 4 agree
//--- v1/zip.h
#include <stdint.h>
#include <time.h>
#include <sys/types.h>
typedef uint64_t zip_uint64_t;
struct zip;
struct zip_stat { const char *name; int index; unsigned int crc; time_t mtime; off_t size; off_t comp_size; unsigned short comp_method; unsigned short encryption_method; };
struct zip *zip_open(const char *path, int flags, int *errorp);
void zip_stat_init(struct zip_stat *st);
int zip_stat_index(struct zip *za, int index, int flags, struct zip_stat *st);
int zip_close(struct zip *za);
//--- v2/zip.h
#include <stdint.h>
#include <time.h>
#include <sys/types.h>
typedef uint64_t zip_uint64_t;
#define ZIP_STAT_NAME 0x0001u
#define ZIP_STAT_INDEX 0x0002u
#define ZIP_STAT_SIZE 0x0004u
struct zip;
struct zip_stat { zip_uint64_t valid; const char *name; int index; unsigned int crc; time_t mtime; off_t size; off_t comp_size; unsigned short comp_method; unsigned short encryption_method; };
struct zip *zip_open(const char *path, int flags, int *errorp);
void zip_stat_init(struct zip_stat *st);
int zip_stat_index(struct zip *za, int index, int flags, struct zip_stat *st);
int zip_close(struct zip *za);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "zip.h"
struct zip { const char *path; int nentry; char **names; off_t *sizes; };
struct zip *zip_open(const char *path, int flags, int *errorp) {
  (void)flags; struct zip *za = calloc(1, sizeof *za);
  if (!za) { if (errorp) *errorp = 14; return NULL; }
  za->path = path; return za;
}
void zip_stat_init(struct zip_stat *st) { memset(st, 0, sizeof *st); st->index = -1; st->mtime = (time_t)-1; }
int zip_stat_index(struct zip *za, int index, int flags, struct zip_stat *st) {
  (void)flags;
  if (!za || index < 0 || index >= za->nentry) return -1;
  zip_stat_init(st);
  st->name = za->names[index]; st->index = index; st->size = za->sizes[index]; st->comp_size = za->sizes[index];
  return 0;
}
int zip_close(struct zip *za) { free(za); return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "zip.h"
struct zip { const char *path; int nentry; char **names; off_t *sizes; };
struct zip *zip_open(const char *path, int flags, int *errorp) {
  (void)flags; struct zip *za = calloc(1, sizeof *za);
  if (!za) { if (errorp) *errorp = 14; return NULL; }
  za->path = path; return za;
}
void zip_stat_init(struct zip_stat *st) { memset(st, 0, sizeof *st); st->index = -1; st->mtime = (time_t)-1; }
int zip_stat_index(struct zip *za, int index, int flags, struct zip_stat *st) {
  (void)flags;
  if (!za || index < 0 || index >= za->nentry) return -1;
  zip_stat_init(st);
  st->name = za->names[index]; st->index = index; st->size = za->sizes[index]; st->comp_size = za->sizes[index];
  st->valid = ZIP_STAT_NAME | ZIP_STAT_INDEX | ZIP_STAT_SIZE;
  return 0;
}
int zip_close(struct zip *za) { free(za); return 0; }
