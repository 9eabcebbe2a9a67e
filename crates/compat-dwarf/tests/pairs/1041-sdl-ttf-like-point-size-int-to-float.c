// expect: breaking
// why: SDL_ttf 3 takes font sizes as float instead of int in TTF_OpenFont and TTF_SetFontSize (fractional point
// why: sizes), keeping the C symbols. An old caller passes the size in an integer register (%esi) while v2 reads it
// why: from %xmm0, whatever the caller left there: fonts open at an arbitrary size, or fail to open when it is zero or
// why: negative.
// abidiff: 4 agree
//--- v1/SDL_ttf.h
typedef struct TTF_Font TTF_Font;
int TTF_Init(void);
TTF_Font *TTF_OpenFont(const char *file, int ptsize);
int TTF_SetFontSize(TTF_Font *font, int ptsize);
int TTF_FontHeight(const TTF_Font *font);
void TTF_CloseFont(TTF_Font *font);
//--- v2/SDL_ttf.h
typedef struct TTF_Font TTF_Font;
int TTF_Init(void);
TTF_Font *TTF_OpenFont(const char *file, float ptsize);
int TTF_SetFontSize(TTF_Font *font, float ptsize);
int TTF_FontHeight(const TTF_Font *font);
void TTF_CloseFont(TTF_Font *font);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "SDL_ttf.h"
struct TTF_Font { char file[128]; int ptsize; int height; int ascent; };
static int initialized;
int TTF_Init(void) { initialized = 1; return 0; }
TTF_Font *TTF_OpenFont(const char *file, int ptsize) {
    if (!initialized || ptsize <= 0) return NULL;
    TTF_Font *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    strncpy(f->file, file, sizeof f->file - 1);
    TTF_SetFontSize(f, ptsize);
    return f;
}
int TTF_SetFontSize(TTF_Font *font, int ptsize) {
    if (ptsize <= 0) return -1;
    font->ptsize = ptsize; font->height = ptsize * 96 / 72 + 2; font->ascent = font->height * 4 / 5;
    return 0;
}
int TTF_FontHeight(const TTF_Font *font) { return font->height; }
void TTF_CloseFont(TTF_Font *font) { free(font); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "SDL_ttf.h"
struct TTF_Font { char file[128]; float ptsize; int height; int ascent; };
static int initialized;
int TTF_Init(void) { initialized = 1; return 0; }
TTF_Font *TTF_OpenFont(const char *file, float ptsize) {
    if (!initialized || ptsize <= 0.0f) return NULL;
    TTF_Font *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    strncpy(f->file, file, sizeof f->file - 1);
    TTF_SetFontSize(f, ptsize);
    return f;
}
int TTF_SetFontSize(TTF_Font *font, float ptsize) {
    if (ptsize <= 0.0f) return -1;
    font->ptsize = ptsize; font->height = (int)(ptsize * 96.0f / 72.0f) + 2; font->ascent = font->height * 4 / 5;
    return 0;
}
int TTF_FontHeight(const TTF_Font *font) { return font->height; }
void TTF_CloseFont(TTF_Font *font) { free(font); }
