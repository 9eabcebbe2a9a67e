// expect: breaking
// why: VTermScreenCell is allocated by callers and filled by vterm_screen_get_cell; its attrs are bit-fields in one
// why: 32-bit word. v2 inserts conceal:1 after reverse: the word keeps its size, but strike, font, dwl and dhl each
// why: move up one bit, so an old caller testing cell.attrs.strike reads conceal and its font number is shifted.
// abidiff: 4 agree
//--- v1/vterm.h
#include <stdint.h>
typedef struct VTermScreen VTermScreen;
typedef struct { int row; int col; } VTermPos;
typedef struct { uint8_t type; uint8_t red, green, blue; } VTermColor;
typedef struct { unsigned int bold : 1; unsigned int underline : 2; unsigned int italic : 1; unsigned int blink : 1; unsigned int reverse : 1; unsigned int strike : 1; unsigned int font : 4; unsigned int dwl : 1; unsigned int dhl : 2; } VTermScreenCellAttrs;
#define VTERM_MAX_CHARS_PER_CELL 6
typedef struct { uint32_t chars[VTERM_MAX_CHARS_PER_CELL]; char width; VTermScreenCellAttrs attrs; VTermColor fg, bg; } VTermScreenCell;
VTermScreen *vterm_screen_new_simple(int rows, int cols);
int vterm_screen_get_cell(const VTermScreen *screen, VTermPos pos, VTermScreenCell *cell);
//--- v2/vterm.h
#include <stdint.h>
typedef struct VTermScreen VTermScreen;
typedef struct { int row; int col; } VTermPos;
typedef struct { uint8_t type; uint8_t red, green, blue; } VTermColor;
typedef struct { unsigned int bold : 1; unsigned int underline : 2; unsigned int italic : 1; unsigned int blink : 1; unsigned int reverse : 1; unsigned int conceal : 1; unsigned int strike : 1; unsigned int font : 4; unsigned int dwl : 1; unsigned int dhl : 2; } VTermScreenCellAttrs;
#define VTERM_MAX_CHARS_PER_CELL 6
typedef struct { uint32_t chars[VTERM_MAX_CHARS_PER_CELL]; char width; VTermScreenCellAttrs attrs; VTermColor fg, bg; } VTermScreenCell;
VTermScreen *vterm_screen_new_simple(int rows, int cols);
int vterm_screen_get_cell(const VTermScreen *screen, VTermPos pos, VTermScreenCell *cell);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "vterm.h"
struct VTermScreen { int rows, cols; VTermScreenCell *cells; };
VTermScreen *vterm_screen_new_simple(int rows, int cols) { VTermScreen *s = calloc(1, sizeof *s); if (s) { s->rows = rows; s->cols = cols; s->cells = calloc((size_t)rows * (size_t)cols, sizeof *s->cells); } return s; }
int vterm_screen_get_cell(const VTermScreen *screen, VTermPos pos, VTermScreenCell *cell) {
    if (pos.row < 0 || pos.row >= screen->rows || pos.col < 0 || pos.col >= screen->cols) return 0;
    const VTermScreenCell *c = &screen->cells[pos.row * screen->cols + pos.col];
    memcpy(cell->chars, c->chars, sizeof cell->chars); cell->width = c->width ? c->width : 1;
    cell->attrs.bold = c->attrs.bold; cell->attrs.underline = c->attrs.underline; cell->attrs.italic = c->attrs.italic; cell->attrs.blink = c->attrs.blink; cell->attrs.reverse = c->attrs.reverse;
    cell->attrs.strike = c->attrs.strike; cell->attrs.font = c->attrs.font; cell->attrs.dwl = c->attrs.dwl; cell->attrs.dhl = c->attrs.dhl;
    cell->fg = c->fg; cell->bg = c->bg; return 1;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "vterm.h"
struct VTermScreen { int rows, cols; VTermScreenCell *cells; };
VTermScreen *vterm_screen_new_simple(int rows, int cols) { VTermScreen *s = calloc(1, sizeof *s); if (s) { s->rows = rows; s->cols = cols; s->cells = calloc((size_t)rows * (size_t)cols, sizeof *s->cells); } return s; }
int vterm_screen_get_cell(const VTermScreen *screen, VTermPos pos, VTermScreenCell *cell) {
    if (pos.row < 0 || pos.row >= screen->rows || pos.col < 0 || pos.col >= screen->cols) return 0;
    const VTermScreenCell *c = &screen->cells[pos.row * screen->cols + pos.col];
    memcpy(cell->chars, c->chars, sizeof cell->chars); cell->width = c->width ? c->width : 1;
    cell->attrs.bold = c->attrs.bold; cell->attrs.underline = c->attrs.underline; cell->attrs.italic = c->attrs.italic; cell->attrs.blink = c->attrs.blink; cell->attrs.reverse = c->attrs.reverse;
    cell->attrs.conceal = c->attrs.conceal; cell->attrs.strike = c->attrs.strike; cell->attrs.font = c->attrs.font; cell->attrs.dwl = c->attrs.dwl; cell->attrs.dhl = c->attrs.dhl;
    cell->fg = c->fg; cell->bg = c->bg; return 1;
}
