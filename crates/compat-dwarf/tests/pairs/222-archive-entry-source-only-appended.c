// expect: info
// why: struct archive_entry is defined only in lib.c; the header forward-declares it and consumers hold the
// why: pointer archive_entry_new hands out. Appending symlink changes nothing a consumer can see.
// abidiff: 4 disagree: abidiff reports a member appended to struct archive_entry; it is defined only in lib.c and consumers hold pointers (as in 55).
//--- archive_entry.h
struct archive_entry;
struct archive_entry *archive_entry_new(void);
const char *archive_entry_pathname(const struct archive_entry *e);
void archive_entry_set_pathname(struct archive_entry *e, const char *p);
//--- v1
#include <stdlib.h>
#include "archive_entry.h"
struct archive_entry { const char *pathname; long size; unsigned mode; };
struct archive_entry *archive_entry_new(void) { return calloc(1, sizeof(struct archive_entry)); }
const char *archive_entry_pathname(const struct archive_entry *e) { return e->pathname; }
void archive_entry_set_pathname(struct archive_entry *e, const char *p) { e->pathname = p; }
//--- v2
#include <stdlib.h>
#include "archive_entry.h"
struct archive_entry { const char *pathname; long size; unsigned mode; const char *symlink; };
struct archive_entry *archive_entry_new(void) { return calloc(1, sizeof(struct archive_entry)); }
const char *archive_entry_pathname(const struct archive_entry *e) { return e->pathname; }
void archive_entry_set_pathname(struct archive_entry *e, const char *p) { e->pathname = p; e->symlink = 0; }
