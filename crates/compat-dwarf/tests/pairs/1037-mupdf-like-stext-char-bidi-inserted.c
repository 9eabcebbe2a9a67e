// expect: warning
// why: fz_stext_char is declared with its members in the public header and reached only through the structured-text
// why: page the library builds and hands out (page, lines, chars as linked lists); nothing takes one from the caller
// why: to read. v2 inserts int bidi after c, so color, origin, quad and size move 4 bytes; font and next keep their
// why: offsets (the 4 bytes of padding before font absorb the insertion) and the struct keeps its 72 bytes.
// why: Applications that walk the list reading ch->origin or ch->quad, as MuPDF's own examples do, read the wrong
// why: fields; without the public headers that is undecided.
// abidiff: 4 agree
//--- v1/mupdf.h
typedef struct fz_context fz_context;
typedef struct fz_font fz_font;
typedef struct { float x, y; } fz_point;
typedef struct { fz_point ul, ur, ll, lr; } fz_quad;
typedef struct fz_stext_char {
    int c;
    int color;
    fz_point origin;
    fz_quad quad;
    float size;
    fz_font *font;
    struct fz_stext_char *next;
} fz_stext_char;
typedef struct fz_stext_line {
    int wmode;
    fz_stext_char *first_char, *last_char;
    struct fz_stext_line *prev, *next;
} fz_stext_line;
typedef struct fz_stext_page {
    fz_stext_line *first_line, *last_line;
} fz_stext_page;
fz_context *fz_new_context(void);
fz_stext_page *fz_new_stext_page_from_text(fz_context *ctx, const char *text);
void fz_drop_stext_page(fz_context *ctx, fz_stext_page *page);
//--- v2/mupdf.h
typedef struct fz_context fz_context;
typedef struct fz_font fz_font;
typedef struct { float x, y; } fz_point;
typedef struct { fz_point ul, ur, ll, lr; } fz_quad;
typedef struct fz_stext_char {
    int c;
    int bidi;
    int color;
    fz_point origin;
    fz_quad quad;
    float size;
    fz_font *font;
    struct fz_stext_char *next;
} fz_stext_char;
typedef struct fz_stext_line {
    int wmode;
    fz_stext_char *first_char, *last_char;
    struct fz_stext_line *prev, *next;
} fz_stext_line;
typedef struct fz_stext_page {
    fz_stext_line *first_line, *last_line;
} fz_stext_page;
fz_context *fz_new_context(void);
fz_stext_page *fz_new_stext_page_from_text(fz_context *ctx, const char *text);
void fz_drop_stext_page(fz_context *ctx, fz_stext_page *page);
//--- v1
#include <stdlib.h>
#include "mupdf.h"
struct fz_context { int warnings; };
struct fz_font { const char *name; };
static fz_font helvetica = { "Helvetica" };
fz_context *fz_new_context(void) { return calloc(1, sizeof(fz_context)); }
fz_stext_page *fz_new_stext_page_from_text(fz_context *ctx, const char *text) {
    (void)ctx;
    fz_stext_page *page = calloc(1, sizeof *page);
    fz_stext_line *line = calloc(1, sizeof *line);
    page->first_line = page->last_line = line;
    float x = 72;
    for (const char *p = text; *p; p++) {
        fz_stext_char *ch = calloc(1, sizeof *ch);
        ch->c = (unsigned char)*p; ch->origin.x = x; ch->origin.y = 720; ch->size = 12; ch->font = &helvetica;
        ch->quad.ul = ch->origin; ch->quad.lr.x = x + 6; ch->quad.lr.y = 732; x += 6;
        if (line->last_char) line->last_char->next = ch; else line->first_char = ch;
        line->last_char = ch;
    }
    return page;
}
void fz_drop_stext_page(fz_context *ctx, fz_stext_page *page) {
    (void)ctx;
    if (!page) return;
    for (fz_stext_line *l = page->first_line, *ln; l; l = ln) { ln = l->next; for (fz_stext_char *c = l->first_char, *cn; c; c = cn) { cn = c->next; free(c); } free(l); }
    free(page);
}
//--- v2
#include <stdlib.h>
#include "mupdf.h"
struct fz_context { int warnings; };
struct fz_font { const char *name; };
static fz_font helvetica = { "Helvetica" };
fz_context *fz_new_context(void) { return calloc(1, sizeof(fz_context)); }
fz_stext_page *fz_new_stext_page_from_text(fz_context *ctx, const char *text) {
    (void)ctx;
    fz_stext_page *page = calloc(1, sizeof *page);
    fz_stext_line *line = calloc(1, sizeof *line);
    page->first_line = page->last_line = line;
    float x = 72;
    for (const char *p = text; *p; p++) {
        fz_stext_char *ch = calloc(1, sizeof *ch);
        ch->c = (unsigned char)*p; ch->bidi = 0; ch->origin.x = x; ch->origin.y = 720; ch->size = 12; ch->font = &helvetica;
        ch->quad.ul = ch->origin; ch->quad.lr.x = x + 6; ch->quad.lr.y = 732; x += 6;
        if (line->last_char) line->last_char->next = ch; else line->first_char = ch;
        line->last_char = ch;
    }
    return page;
}
void fz_drop_stext_page(fz_context *ctx, fz_stext_page *page) {
    (void)ctx;
    if (!page) return;
    for (fz_stext_line *l = page->first_line, *ln; l; l = ln) { ln = l->next; for (fz_stext_char *c = l->first_char, *cn; c; c = cn) { cn = c->next; free(c); } free(l); }
    free(page);
}
