// expect: breaking
// why: In tcc 0.9.27 tcc_relocate(s, ptr) had three uses: ptr == TCC_RELOCATE_AUTO let the library allocate, ptr ==
// why: NULL returned the size needed, and a caller buffer of that size received the code. 0.9.28 drops the second
// why: parameter and always allocates internally, returning 0 or -1. An old binary using the two-call protocol (size =
// why: tcc_relocate(s, NULL); mem = malloc(size); tcc_relocate(s, mem);) now gets 0 for the size, the whole program is
// why: relocated by the first call and its own buffer is never filled: the same symbol now means something else.
// abidiff: 4 agree
//--- v1/libtcc.h
typedef struct TCCState TCCState;
#define TCC_RELOCATE_AUTO (void *)1
TCCState *tcc_new(void);
void tcc_delete(TCCState *s);
int tcc_compile_string(TCCState *s, const char *buf);
int tcc_relocate(TCCState *s1, void *ptr);
void *tcc_get_symbol(TCCState *s, const char *name);
//--- v2/libtcc.h
typedef struct TCCState TCCState;
TCCState *tcc_new(void);
void tcc_delete(TCCState *s);
int tcc_compile_string(TCCState *s, const char *buf);
int tcc_relocate(TCCState *s1);
void *tcc_get_symbol(TCCState *s, const char *name);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "libtcc.h"
struct TCCState { char *text; size_t text_size; void *runtime_mem; int relocated; };
TCCState *tcc_new(void) { return calloc(1, sizeof(TCCState)); }
void tcc_delete(TCCState *s) { free(s->text); if (s->relocated == 2) free(s->runtime_mem); free(s); }
int tcc_compile_string(TCCState *s, const char *buf) {
    size_t n = strlen(buf);
    char *t = realloc(s->text, s->text_size + n + 1);
    if (!t) return -1;
    memcpy(t + s->text_size, buf, n + 1); s->text = t; s->text_size += n;
    return 0;
}
int tcc_relocate(TCCState *s1, void *ptr) {
    if (!ptr) return (int)s1->text_size + 64;
    if (ptr == TCC_RELOCATE_AUTO) { ptr = malloc(s1->text_size + 64); if (!ptr) return -1; s1->relocated = 2; }
    else s1->relocated = 1;
    memcpy(ptr, s1->text, s1->text_size);
    s1->runtime_mem = ptr;
    return 0;
}
void *tcc_get_symbol(TCCState *s, const char *name) { return s->relocated && name ? s->runtime_mem : NULL; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "libtcc.h"
struct TCCState { char *text; size_t text_size; void *runtime_mem; int relocated; };
TCCState *tcc_new(void) { return calloc(1, sizeof(TCCState)); }
void tcc_delete(TCCState *s) { free(s->text); if (s->relocated == 2) free(s->runtime_mem); free(s); }
int tcc_compile_string(TCCState *s, const char *buf) {
    size_t n = strlen(buf);
    char *t = realloc(s->text, s->text_size + n + 1);
    if (!t) return -1;
    memcpy(t + s->text_size, buf, n + 1); s->text = t; s->text_size += n;
    return 0;
}
int tcc_relocate(TCCState *s1) {
    void *ptr;
    if (s1->relocated) return -1;
    ptr = malloc(s1->text_size + 64);
    if (!ptr) return -1;
    s1->relocated = 2;
    memcpy(ptr, s1->text, s1->text_size);
    s1->runtime_mem = ptr;
    return 0;
}
void *tcc_get_symbol(TCCState *s, const char *name) { return s->relocated && name ? s->runtime_mem : NULL; }
