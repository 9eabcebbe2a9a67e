// expect: none
// why: struct burn_source is a table callers fill (their own data producer) and hand to burn_track_set_source; v2
// why: spells the size in its get_size and set_size callbacks, and in burn_track_set_size and burn_track_get_size, as
// why: int64_t instead of off_t, so the API stops depending on _FILE_OFFSET_BITS. On x86-64 both are typedefs of long
// why: (off_t through __off_t, int64_t through __int64_t): every member, parameter and result denotes the same type.
// abidiff: 0 agree
//--- v1/libburn.h
#include <sys/types.h>
struct burn_track;
struct burn_source { int refcount; int (*read)(struct burn_source *source, unsigned char *buffer, int size); off_t (*get_size)(struct burn_source *source); int (*set_size)(struct burn_source *source, off_t size); void (*free_data)(struct burn_source *source); struct burn_source *next; void *data; int version; };
struct burn_track *burn_track_create(void);
int burn_track_set_source(struct burn_track *t, struct burn_source *s);
int burn_track_set_size(struct burn_track *t, off_t size);
off_t burn_track_get_size(struct burn_track *t);
//--- v2/libburn.h
#include <stdint.h>
struct burn_track;
struct burn_source { int refcount; int (*read)(struct burn_source *source, unsigned char *buffer, int size); int64_t (*get_size)(struct burn_source *source); int (*set_size)(struct burn_source *source, int64_t size); void (*free_data)(struct burn_source *source); struct burn_source *next; void *data; int version; };
struct burn_track *burn_track_create(void);
int burn_track_set_source(struct burn_track *t, struct burn_source *s);
int burn_track_set_size(struct burn_track *t, int64_t size);
int64_t burn_track_get_size(struct burn_track *t);
//--- v1
#include <stdlib.h>
#include "libburn.h"
struct burn_track { struct burn_source *source; off_t size; int open_ended; };
struct burn_track *burn_track_create(void) { return calloc(1, sizeof(struct burn_track)); }
int burn_track_set_source(struct burn_track *t, struct burn_source *s) { if (!t || !s || !s->read) return 0; s->refcount++; t->source = s; return 1; }
int burn_track_set_size(struct burn_track *t, off_t size) { if (!t->source || !t->source->set_size) return 0; t->open_ended = size <= 0; t->size = size; return t->source->set_size(t->source, size); }
off_t burn_track_get_size(struct burn_track *t) { if (t->source && t->source->get_size) return t->source->get_size(t->source); return t->size; }
//--- v2
#include <stdlib.h>
#include "libburn.h"
struct burn_track { struct burn_source *source; int64_t size; int open_ended; };
struct burn_track *burn_track_create(void) { return calloc(1, sizeof(struct burn_track)); }
int burn_track_set_source(struct burn_track *t, struct burn_source *s) { if (!t || !s || !s->read) return 0; s->refcount++; t->source = s; return 1; }
int burn_track_set_size(struct burn_track *t, int64_t size) { if (!t->source || !t->source->set_size) return 0; t->open_ended = size <= 0; t->size = size; return t->source->set_size(t->source, size); }
int64_t burn_track_get_size(struct burn_track *t) { if (t->source && t->source->get_size) return t->source->get_size(t->source); return t->size; }
