// expect: breaking
// why: struct batch is caller-allocated with its flexible array (malloc(sizeof(struct batch) + n * sizeof(struct
// why: batch_ent)); b->count = n; batch_submit(b)), and nothing hands one out. v2 adds a 64-bit user_data to
// why: struct batch_ent, which grows from 16 to 24 bytes: the library now walks an old caller's entries with a
// why: 24-byte stride and reads past the end of its allocation.
// abidiff: 4 agree
//--- v1/batch.h
#include <stdint.h>
struct batch_ent { int fd; uint32_t len; uint64_t off; };
struct batch { uint32_t count; uint32_t flags; struct batch_ent ents[]; };
int batch_submit(const struct batch *b);
//--- v2/batch.h
#include <stdint.h>
struct batch_ent { int fd; uint32_t len; uint64_t off; uint64_t user_data; };
struct batch { uint32_t count; uint32_t flags; struct batch_ent ents[]; };
int batch_submit(const struct batch *b);
//--- v1
#include "batch.h"
int batch_submit(const struct batch *b) {
  int done = 0;
  for (uint32_t i = 0; i < b->count; i++) if (b->ents[i].fd >= 0 && b->ents[i].len) done++;
  return done;
}
//--- v2
#include "batch.h"
int batch_submit(const struct batch *b) {
  int done = 0;
  for (uint32_t i = 0; i < b->count; i++) if (b->ents[i].fd >= 0 && b->ents[i].len && b->ents[i].user_data != UINT64_MAX) done++;
  return done;
}
