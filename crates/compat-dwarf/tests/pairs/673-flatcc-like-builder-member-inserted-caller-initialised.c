// expect: breaking
// why: flatcc_builder_t is declared with its members in the public header and callers allocate it (on the stack or
// why: embedded) and set it up with flatcc_builder_init(&builder); no export hands one out. v2 inserts size_t
// why: max_level after level, moving every later member and growing the struct from 48 to 56 bytes: the library
// why: writes past old callers' storage.
// abidiff: 4 agree
//--- v1/flatcc_builder.h
#include <stddef.h>
typedef struct flatcc_builder { void *buf; size_t buf_size; size_t offset; int level; int flags; void *emit_context; void *alloc_context; } flatcc_builder_t;
int flatcc_builder_init(flatcc_builder_t *B);
int flatcc_builder_start_buffer(flatcc_builder_t *B, const char *identifier);
void flatcc_builder_clear(flatcc_builder_t *B);
//--- v2/flatcc_builder.h
#include <stddef.h>
typedef struct flatcc_builder { void *buf; size_t buf_size; size_t offset; int level; size_t max_level; int flags; void *emit_context; void *alloc_context; } flatcc_builder_t;
int flatcc_builder_init(flatcc_builder_t *B);
int flatcc_builder_start_buffer(flatcc_builder_t *B, const char *identifier);
void flatcc_builder_clear(flatcc_builder_t *B);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "flatcc_builder.h"
int flatcc_builder_init(flatcc_builder_t *B) { memset(B, 0, sizeof *B); B->buf_size = 1024; B->buf = malloc(B->buf_size); return B->buf ? 0 : -1; }
int flatcc_builder_start_buffer(flatcc_builder_t *B, const char *identifier) { if (B->level > 64) return -1; B->level++; B->offset += identifier ? 4 : 0; return 0; }
void flatcc_builder_clear(flatcc_builder_t *B) { free(B->buf); memset(B, 0, sizeof *B); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "flatcc_builder.h"
int flatcc_builder_init(flatcc_builder_t *B) { memset(B, 0, sizeof *B); B->buf_size = 1024; B->max_level = 64; B->buf = malloc(B->buf_size); return B->buf ? 0 : -1; }
int flatcc_builder_start_buffer(flatcc_builder_t *B, const char *identifier) { if ((size_t)B->level >= B->max_level) return -1; B->level++; B->offset += identifier ? 4 : 0; return 0; }
void flatcc_builder_clear(flatcc_builder_t *B) { free(B->buf); memset(B, 0, sizeof *B); }
