// expect: none
// why: talloc.h has typedef void TALLOC_CTX; v2 spells the context parameters const TALLOC_CTX * and TALLOC_CTX *
// why: where v1 wrote const void * and void *: a typedef of the same type under a pointer, so every parameter and
// why: result denotes the same type and the C symbols are unchanged.
// abidiff: 4 disagree: abidiff reports the pointee changed from void to const TALLOC_CTX, a typedef of void: the same type.
//--- v1/talloc.h
#include <stddef.h>
typedef void TALLOC_CTX;
void *talloc_named_const(const void *context, size_t size, const char *name);
size_t talloc_total_size(const void *ptr);
void *talloc_parent(const void *ptr);
int talloc_free(void *ptr);
//--- v2/talloc.h
#include <stddef.h>
typedef void TALLOC_CTX;
void *talloc_named_const(const TALLOC_CTX *context, size_t size, const char *name);
size_t talloc_total_size(const TALLOC_CTX *ptr);
TALLOC_CTX *talloc_parent(const TALLOC_CTX *ptr);
int talloc_free(TALLOC_CTX *ptr);
//--- v1
#include <stdlib.h>
#include "talloc.h"
struct talloc_chunk { struct talloc_chunk *parent; size_t size; const char *name; };
#define TC(p) ((struct talloc_chunk *)(p) - 1)
void *talloc_named_const(const void *context, size_t size, const char *name) { struct talloc_chunk *c = malloc(sizeof *c + size); if (!c) return 0; c->parent = context ? TC(context) : 0; c->size = size; c->name = name; return c + 1; }
size_t talloc_total_size(const void *ptr) { return ptr ? TC(ptr)->size : 0; }
void *talloc_parent(const void *ptr) { return ptr && TC(ptr)->parent ? TC(ptr)->parent + 1 : 0; }
int talloc_free(void *ptr) { if (!ptr) return -1; free(TC(ptr)); return 0; }
//--- v2
#include <stdlib.h>
#include "talloc.h"
struct talloc_chunk { struct talloc_chunk *parent; size_t size; const char *name; };
#define TC(p) ((struct talloc_chunk *)(p) - 1)
void *talloc_named_const(const TALLOC_CTX *context, size_t size, const char *name) { struct talloc_chunk *c = malloc(sizeof *c + size); if (!c) return 0; c->parent = context ? TC(context) : 0; c->size = size; c->name = name; return c + 1; }
size_t talloc_total_size(const TALLOC_CTX *ptr) { return ptr ? TC(ptr)->size : 0; }
TALLOC_CTX *talloc_parent(const TALLOC_CTX *ptr) { return ptr && TC(ptr)->parent ? TC(ptr)->parent + 1 : 0; }
int talloc_free(TALLOC_CTX *ptr) { if (!ptr) return -1; free(TC(ptr)); return 0; }
