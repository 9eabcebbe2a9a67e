// expect: breaking
// why: libedit's read-character hook el_rfunc_t, which applications set with el_set_getcfn and the library calls for
// why: every key, took char * in v1 and takes wchar_t * in v2 (libedit's 2016 wide-character switch). A hook built
// why: against v1 stores one byte where the library now reads a 4-byte wchar_t: a callback's parameter retyped to a
// why: pointee of another size (el_getc stays, now a wrapper, and el_wgetc is added).
// abidiff: 4 agree
//--- v1/histedit.h
typedef struct editline EditLine;
typedef int (*el_rfunc_t)(EditLine *, char *);
EditLine *el_init(const char *prog);
int el_set_getcfn(EditLine *el, el_rfunc_t fn);
int el_getc(EditLine *el, char *cp);
void el_end(EditLine *el);
//--- v2/histedit.h
#include <wchar.h>
typedef struct editline EditLine;
typedef int (*el_rfunc_t)(EditLine *, wchar_t *);
EditLine *el_init(const char *prog);
int el_set_getcfn(EditLine *el, el_rfunc_t fn);
int el_getc(EditLine *el, char *cp);
int el_wgetc(EditLine *el, wchar_t *cp);
void el_end(EditLine *el);
//--- v1
#include <stdlib.h>
#include "histedit.h"
struct editline { const char *prog; el_rfunc_t getc_fn; int count; };
EditLine *el_init(const char *prog) { EditLine *el = calloc(1, sizeof *el); if (el) el->prog = prog; return el; }
int el_set_getcfn(EditLine *el, el_rfunc_t fn) { el->getc_fn = fn; return 0; }
int el_getc(EditLine *el, char *cp) { el->count++; if (el->getc_fn) return el->getc_fn(el, cp); *cp = '\n'; return 1; }
void el_end(EditLine *el) { free(el); }
//--- v2
#include <stdlib.h>
#include "histedit.h"
struct editline { const char *prog; el_rfunc_t getc_fn; int count; };
EditLine *el_init(const char *prog) { EditLine *el = calloc(1, sizeof *el); if (el) el->prog = prog; return el; }
int el_set_getcfn(EditLine *el, el_rfunc_t fn) { el->getc_fn = fn; return 0; }
int el_wgetc(EditLine *el, wchar_t *cp) { el->count++; if (el->getc_fn) return el->getc_fn(el, cp); *cp = L'\n'; return 1; }
int el_getc(EditLine *el, char *cp) { wchar_t w = 0; int r = el_wgetc(el, &w); *cp = (char)w; return r; }
void el_end(EditLine *el) { free(el); }
