// expect: breaking
// why: struct csv_parser is declared in csv.h and allocated by the caller (on the stack or embedded), then passed to
// why: csv_init, which no export hands out. v2 appends malloc_func and free_func, which csv_init writes: old callers'
// why: smaller objects are overrun.
// abidiff: 4 agree
//--- v1/csv.h
#include <stddef.h>
struct csv_parser { int pstate; int quoted; size_t spaces; unsigned char *entry_buf; size_t entry_pos; size_t entry_size; int status; unsigned char options; unsigned char quote_char; unsigned char delim_char; };
int csv_init(struct csv_parser *p, unsigned char options);
size_t csv_parse(struct csv_parser *p, const void *s, size_t len);
void csv_free(struct csv_parser *p);
//--- v2/csv.h
#include <stddef.h>
struct csv_parser { int pstate; int quoted; size_t spaces; unsigned char *entry_buf; size_t entry_pos; size_t entry_size; int status; unsigned char options; unsigned char quote_char; unsigned char delim_char; void *(*malloc_func)(size_t); void (*free_func)(void *); };
int csv_init(struct csv_parser *p, unsigned char options);
size_t csv_parse(struct csv_parser *p, const void *s, size_t len);
void csv_free(struct csv_parser *p);
//--- v1
#include <stdlib.h>
#include "csv.h"
int csv_init(struct csv_parser *p, unsigned char options) { if (!p) return -1; p->pstate = 0; p->quoted = 0; p->spaces = 0; p->entry_buf = 0; p->entry_pos = 0; p->entry_size = 0; p->status = 0; p->options = options; p->quote_char = '"'; p->delim_char = ','; return 0; }
size_t csv_parse(struct csv_parser *p, const void *s, size_t len) { const unsigned char *c = s; size_t n = 0; for (size_t i = 0; i < len; i++) if (c[i] == p->delim_char) n++; p->entry_pos += len; return n; }
void csv_free(struct csv_parser *p) { free(p->entry_buf); p->entry_buf = 0; }
//--- v2
#include <stdlib.h>
#include "csv.h"
int csv_init(struct csv_parser *p, unsigned char options) { if (!p) return -1; p->pstate = 0; p->quoted = 0; p->spaces = 0; p->entry_buf = 0; p->entry_pos = 0; p->entry_size = 0; p->status = 0; p->options = options; p->quote_char = '"'; p->delim_char = ','; p->malloc_func = malloc; p->free_func = free; return 0; }
size_t csv_parse(struct csv_parser *p, const void *s, size_t len) { const unsigned char *c = s; size_t n = 0; for (size_t i = 0; i < len; i++) if (c[i] == p->delim_char) n++; p->entry_pos += len; return n; }
void csv_free(struct csv_parser *p) { p->free_func(p->entry_buf); p->entry_buf = 0; }
