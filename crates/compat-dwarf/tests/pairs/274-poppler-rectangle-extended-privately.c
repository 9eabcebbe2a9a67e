// expect: info
// why: poppler 21.05 needed two more fields per PopplerRectangle but kept the public, caller-allocatable struct
// why: unchanged: poppler_rectangle_new now allocates a larger PopplerRectangleExtended defined only in the
// why: library's source, and a new getter reads the extra field. Public layout and old symbols are unchanged;
// why: one function is added.
// abidiff: 4 disagree: abidiff reports one added function; PopplerRectangle is unchanged and adding a symbol is compatible (as in 130).
//--- v1/poppler-page.h
typedef struct _PopplerRectangle { double x1; double y1; double x2; double y2; } PopplerRectangle;
PopplerRectangle *poppler_rectangle_new(void);
void poppler_rectangle_free(PopplerRectangle *rectangle);
int poppler_page_get_crop_box(int page, PopplerRectangle *rect);
//--- v2/poppler-page.h
typedef struct _PopplerRectangle { double x1; double y1; double x2; double y2; } PopplerRectangle;
PopplerRectangle *poppler_rectangle_new(void);
void poppler_rectangle_free(PopplerRectangle *rectangle);
int poppler_page_get_crop_box(int page, PopplerRectangle *rect);
int poppler_rectangle_find_get_match_continued(const PopplerRectangle *rectangle);
//--- v1
#include <stdlib.h>
#include "poppler-page.h"
PopplerRectangle *poppler_rectangle_new(void) { return calloc(1, sizeof(PopplerRectangle)); }
void poppler_rectangle_free(PopplerRectangle *rectangle) { free(rectangle); }
int poppler_page_get_crop_box(int page, PopplerRectangle *rect) {
  if (page < 0 || !rect) return 0;
  rect->x1 = 0; rect->y1 = 0; rect->x2 = 612; rect->y2 = 792;
  return 1;
}
//--- v2
#include <stdlib.h>
#include "poppler-page.h"
typedef struct { PopplerRectangle rect; int match_continued; int ignored_hyphen; } PopplerRectangleExtended;
PopplerRectangle *poppler_rectangle_new(void) { PopplerRectangleExtended *r = calloc(1, sizeof *r); return r ? &r->rect : NULL; }
void poppler_rectangle_free(PopplerRectangle *rectangle) { free(rectangle); }
int poppler_page_get_crop_box(int page, PopplerRectangle *rect) {
  if (page < 0 || !rect) return 0;
  rect->x1 = 0; rect->y1 = 0; rect->x2 = 612; rect->y2 = 792;
  return 1;
}
int poppler_rectangle_find_get_match_continued(const PopplerRectangle *rectangle) {
  return rectangle ? ((const PopplerRectangleExtended *)rectangle)->match_continued : 0;
}
