// expect: warning
// why: struct ar_entry_info is defined with its members in the public header and only handed out (ar_next_entry
// why: returns a pointer into the reader); whether consumers may read its members directly only the headers'
// why: documentation says. v2 narrows size from size_t to uint32_t: the other members keep their offsets (mtime
// why: stays 8-aligned at byte 16), but consumers compiled against v1 read size as 8 bytes, the upper 4 of which
// why: are now padding the library never writes: breaking if the members are public, so a warning naming what
// why: decides it.
// abidiff: 4 agree
//--- v1/ar.h
#include <stddef.h>
#include <stdint.h>
struct ar_entry_info { const char *name; size_t size; int64_t mtime; uint32_t mode; };
typedef struct ar_reader ar_reader;
ar_reader *ar_open_memory(const void *buf, size_t len);
const struct ar_entry_info *ar_next_entry(ar_reader *r);
void ar_close(ar_reader *r);
//--- v2/ar.h
#include <stddef.h>
#include <stdint.h>
struct ar_entry_info { const char *name; uint32_t size; int64_t mtime; uint32_t mode; };
typedef struct ar_reader ar_reader;
ar_reader *ar_open_memory(const void *buf, size_t len);
const struct ar_entry_info *ar_next_entry(ar_reader *r);
void ar_close(ar_reader *r);
//--- v1
#include <stdlib.h>
#include "ar.h"
struct ar_reader { const unsigned char *buf; size_t len, pos; struct ar_entry_info cur; };
ar_reader *ar_open_memory(const void *buf, size_t len) { ar_reader *r = calloc(1, sizeof *r); if (r) { r->buf = buf; r->len = len; r->pos = 8; } return r; }
const struct ar_entry_info *ar_next_entry(ar_reader *r) {
  if (r->pos + 60 > r->len) return NULL;
  r->cur.name = (const char *)r->buf + r->pos; r->cur.size = 0; r->cur.mtime = 0; r->cur.mode = 0644;
  r->pos += 60;
  return &r->cur;
}
void ar_close(ar_reader *r) { free(r); }
//--- v2
#include <stdlib.h>
#include "ar.h"
struct ar_reader { const unsigned char *buf; size_t len, pos; struct ar_entry_info cur; };
ar_reader *ar_open_memory(const void *buf, size_t len) { ar_reader *r = calloc(1, sizeof *r); if (r) { r->buf = buf; r->len = len; r->pos = 8; } return r; }
const struct ar_entry_info *ar_next_entry(ar_reader *r) {
  if (r->pos + 60 > r->len) return NULL;
  r->cur.name = (const char *)r->buf + r->pos; r->cur.size = 0; r->cur.mtime = 0; r->cur.mode = 0644;
  r->pos += 60;
  return &r->cur;
}
void ar_close(ar_reader *r) { free(r); }
