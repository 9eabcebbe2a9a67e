// expect: warning
// why: FreeType 2.13.3 made FT_Outline's n_contours and n_points unsigned short (and tags/contours point to
// why: unsigned types). FT_Outline is caller-allocated (FT_Outline_New fills the caller's struct), but every
// why: member keeps its size and offset: no layout break, yet counts above 32767 change meaning for old code
// why: that reads them as short. A same-size signedness change of members: warning.
// abidiff: 4 agree
//--- v1/ftimage.h
typedef long FT_Pos;
typedef struct FT_Vector_ { FT_Pos x; FT_Pos y; } FT_Vector;
typedef struct FT_BBox_ { FT_Pos xMin, yMin, xMax, yMax; } FT_BBox;
typedef struct FT_Outline_ {
  short n_contours;
  short n_points;
  FT_Vector *points;
  char *tags;
  short *contours;
  int flags;
} FT_Outline;
int FT_Outline_New(void *library, unsigned int numPoints, int numContours, FT_Outline *anoutline);
void FT_Outline_Get_CBox(const FT_Outline *outline, FT_BBox *acbox);
//--- v2/ftimage.h
typedef long FT_Pos;
typedef struct FT_Vector_ { FT_Pos x; FT_Pos y; } FT_Vector;
typedef struct FT_BBox_ { FT_Pos xMin, yMin, xMax, yMax; } FT_BBox;
typedef struct FT_Outline_ {
  unsigned short n_contours;
  unsigned short n_points;
  FT_Vector *points;
  unsigned char *tags;
  unsigned short *contours;
  int flags;
} FT_Outline;
int FT_Outline_New(void *library, unsigned int numPoints, int numContours, FT_Outline *anoutline);
void FT_Outline_Get_CBox(const FT_Outline *outline, FT_BBox *acbox);
//--- lib.c
#include <stdlib.h>
#include "ftimage.h"
int FT_Outline_New(void *library, unsigned int numPoints, int numContours, FT_Outline *anoutline) {
  (void)library;
  if (!anoutline || numPoints > 0xFFFF || numContours < 0) return 6;
  anoutline->n_points = numPoints;
  anoutline->n_contours = numContours;
  anoutline->points = calloc(numPoints ? numPoints : 1, sizeof(FT_Vector));
  anoutline->tags = calloc(numPoints ? numPoints : 1, 1);
  anoutline->contours = calloc(numContours ? numContours : 1, sizeof *anoutline->contours);
  anoutline->flags = 1;
  return 0;
}
void FT_Outline_Get_CBox(const FT_Outline *outline, FT_BBox *acbox) {
  FT_BBox b = { 0, 0, 0, 0 };
  for (int i = 0; i < outline->n_points; i++) {
    FT_Vector v = outline->points[i];
    if (i == 0 || v.x < b.xMin) b.xMin = v.x;
    if (i == 0 || v.y < b.yMin) b.yMin = v.y;
    if (i == 0 || v.x > b.xMax) b.xMax = v.x;
    if (i == 0 || v.y > b.yMax) b.yMax = v.y;
  }
  *acbox = b;
}
