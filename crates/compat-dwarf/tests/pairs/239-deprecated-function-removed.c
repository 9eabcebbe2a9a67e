// expect: breaking
// why: archive_read_support_compression_all, deprecated in favour of archive_read_support_filter_all, is
// why: removed (libarchive 4.0): old binaries that call it fail to resolve the symbol.
// abidiff: 12 agree
//--- v1/archive.h
struct archive;
struct archive *archive_read_new(void);
int archive_read_support_filter_all(struct archive *a);
int archive_read_support_compression_all(struct archive *a);
//--- v2/archive.h
struct archive;
struct archive *archive_read_new(void);
int archive_read_support_filter_all(struct archive *a);
//--- v1
#include <stdlib.h>
#include "archive.h"
struct archive { unsigned filters; };
struct archive *archive_read_new(void) { return calloc(1, sizeof(struct archive)); }
int archive_read_support_filter_all(struct archive *a) { a->filters = ~0u; return 0; }
int archive_read_support_compression_all(struct archive *a) { return archive_read_support_filter_all(a); }
//--- v2
#include <stdlib.h>
#include "archive.h"
struct archive { unsigned filters; };
struct archive *archive_read_new(void) { return calloc(1, sizeof(struct archive)); }
int archive_read_support_filter_all(struct archive *a) { a->filters = ~0u; return 0; }
