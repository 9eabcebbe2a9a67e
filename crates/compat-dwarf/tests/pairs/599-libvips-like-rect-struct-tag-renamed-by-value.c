// expect: info
// why: VipsRect is passed and returned by value by vips_rect_unite; v2 renames its struct tag from _VipsRect to
// why: _VipsRegionRect and keeps the typedef name. Same four ints at the same offsets (16 bytes, two INTEGER
// why: eightbytes, passed in the same registers) and the C symbol is unchanged: binaries are unaffected, but
// why: sources that spell struct _VipsRect no longer compile: a renamed struct of the same layout (as in 24).
// abidiff: 4 disagree: abidiff reports the struct's name changed; the layout and classification are the same, so no binary is affected.
//--- v1/rect.h
typedef struct _VipsRect { int left; int top; int width; int height; } VipsRect;
VipsRect vips_rect_unite(VipsRect r1, VipsRect r2);
int vips_rect_isempty(const VipsRect *r);
//--- v2/rect.h
typedef struct _VipsRegionRect { int left; int top; int width; int height; } VipsRect;
VipsRect vips_rect_unite(VipsRect r1, VipsRect r2);
int vips_rect_isempty(const VipsRect *r);
//--- v1
#include "rect.h"
static int mn(int a, int b) { return a < b ? a : b; }
static int mx(int a, int b) { return a > b ? a : b; }
VipsRect vips_rect_unite(VipsRect r1, VipsRect r2) { VipsRect o; o.left = mn(r1.left, r2.left); o.top = mn(r1.top, r2.top); o.width = mx(r1.left + r1.width, r2.left + r2.width) - o.left; o.height = mx(r1.top + r1.height, r2.top + r2.height) - o.top; return o; }
int vips_rect_isempty(const VipsRect *r) { return r->width <= 0 || r->height <= 0; }
//--- v2
#include "rect.h"
static int mn(int a, int b) { return a < b ? a : b; }
static int mx(int a, int b) { return a > b ? a : b; }
VipsRect vips_rect_unite(VipsRect r1, VipsRect r2) { VipsRect o; o.left = mn(r1.left, r2.left); o.top = mn(r1.top, r2.top); o.width = mx(r1.left + r1.width, r2.left + r2.width) - o.left; o.height = mx(r1.top + r1.height, r2.top + r2.height) - o.top; return o; }
int vips_rect_isempty(const VipsRect *r) { return r->width <= 0 || r->height <= 0; }
