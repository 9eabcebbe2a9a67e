// expect: breaking
// why: struct write_options is filled by callers and passed to archive_write_set_options (nothing hands one out);
// why: block_size widens from int to size_t, moving compression_level from byte 4 to byte 8 and format from 8 to 16.
// abidiff: 4 agree
//--- v1/archive.h
struct archive;
struct archive *archive_write_new(void);
struct write_options { int block_size; int compression_level; const char *format; };
int archive_write_set_options(struct archive *a, const struct write_options *o);
//--- v2/archive.h
#include <stddef.h>
struct archive;
struct archive *archive_write_new(void);
struct write_options { size_t block_size; int compression_level; const char *format; };
int archive_write_set_options(struct archive *a, const struct write_options *o);
//--- v1
#include <stdlib.h>
#include "archive.h"
struct archive { long block; int level; };
struct archive *archive_write_new(void) { return calloc(1, sizeof(struct archive)); }
int archive_write_set_options(struct archive *a, const struct write_options *o) { a->block = o->block_size; a->level = o->compression_level; return o->format != 0; }
//--- v2
#include <stdlib.h>
#include "archive.h"
struct archive { long block; int level; };
struct archive *archive_write_new(void) { return calloc(1, sizeof(struct archive)); }
int archive_write_set_options(struct archive *a, const struct write_options *o) { a->block = (long)o->block_size; a->level = o->compression_level; return o->format != 0; }
