// expect: info
// why: struct magic_set is declared in magic.h only as the target of typedef magic_t; its members are defined in
// why: the library's own source, and only magic_open hands instances out. v2 inserts an event_flags member and a
// why: by-value struct of byte limits (both private): consumers cannot name a member or the size, so nothing they
// why: compiled can depend on the layout.
// abidiff: 4 disagree: abidiff reports struct magic_set changed (event_flags and limits added, members moved); it is defined only in the library's source and reached through magic_t, which consumers never dereference (as in 55).
//--- magic.h
typedef struct magic_set *magic_t;
#define MAGIC_NONE 0x0000000
#define MAGIC_MIME_TYPE 0x0000010
magic_t magic_open(int flags);
void magic_close(magic_t ms);
const char *magic_buffer(magic_t ms, const void *buf, unsigned long len);
const char *magic_error(magic_t ms);
int magic_setflags(magic_t ms, int flags);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "magic.h"
struct mlist { struct magic_entry *magic; unsigned int nmagic; struct mlist *next; };
struct magic_set {
  struct mlist *mlist[2];
  struct { const char *s; size_t s_len; size_t offset; int rm_len; } search;
  int error;
  int flags;
  char *o_buf;
  char *pbuf;
};
magic_t magic_open(int flags) {
  magic_t ms = calloc(1, sizeof *ms);
  if (ms) ms->flags = flags;
  return ms;
}
void magic_close(magic_t ms) { if (ms) { free(ms->o_buf); free(ms); } }
const char *magic_buffer(magic_t ms, const void *buf, unsigned long len) {
  const unsigned char *b = buf;
  ms->error = 0;
  if (len >= 4 && memcmp(b, "\177ELF", 4) == 0) return ms->flags & MAGIC_MIME_TYPE ? "application/x-sharedlib" : "ELF";
  return ms->flags & MAGIC_MIME_TYPE ? "application/octet-stream" : "data";
}
const char *magic_error(magic_t ms) { return ms->error ? "error" : NULL; }
int magic_setflags(magic_t ms, int flags) { ms->flags = flags; return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "magic.h"
struct mlist { struct magic_entry *magic; unsigned int nmagic; struct mlist *next; };
struct magic_limits { unsigned short indir_max; unsigned short name_max; unsigned short elf_phnum_max; unsigned short elf_shnum_max; size_t bytes_max; };
struct magic_set {
  struct mlist *mlist[2];
  struct { const char *s; size_t s_len; size_t offset; int rm_len; } search;
  int error;
  int flags;
  int event_flags;
  char *o_buf;
  char *pbuf;
  struct magic_limits limits;
};
magic_t magic_open(int flags) {
  magic_t ms = calloc(1, sizeof *ms);
  if (ms) { ms->flags = flags; ms->limits.bytes_max = 1024 * 1024; ms->limits.indir_max = 50; }
  return ms;
}
void magic_close(magic_t ms) { if (ms) { free(ms->o_buf); free(ms); } }
const char *magic_buffer(magic_t ms, const void *buf, unsigned long len) {
  const unsigned char *b = buf;
  ms->error = 0; ms->event_flags = 0;
  if (len > ms->limits.bytes_max) len = ms->limits.bytes_max;
  if (len >= 4 && memcmp(b, "\177ELF", 4) == 0) return ms->flags & MAGIC_MIME_TYPE ? "application/x-sharedlib" : "ELF";
  return ms->flags & MAGIC_MIME_TYPE ? "application/octet-stream" : "data";
}
const char *magic_error(magic_t ms) { return ms->error ? "error" : NULL; }
int magic_setflags(magic_t ms, int flags) { ms->flags = flags; return 0; }
