// expect: none
// why: libharu's HPDF_REAL is typedef float; v2 routes it through a new HPDF_FLOAT (typedef float HPDF_FLOAT;
// why: typedef HPDF_FLOAT HPDF_REAL;) and spells HPDF_STATUS as unsigned long int. The members of
// why: HPDF_Point, returned by value from HPDF_Page_GetCurrentPos, and the parameters of HPDF_Page_MoveTo are still
// why: float and unsigned long: a typedef of the same type at another depth, so nothing changes.
// abidiff: 0 agree
//--- v1/hpdf.h
typedef float HPDF_REAL;
typedef unsigned long HPDF_STATUS;
typedef struct _HPDF_Dict_Rec *HPDF_Page;
typedef struct _HPDF_Point { HPDF_REAL x; HPDF_REAL y; } HPDF_Point;
HPDF_Page HPDF_Page_New(void);
HPDF_STATUS HPDF_Page_MoveTo(HPDF_Page page, HPDF_REAL x, HPDF_REAL y);
HPDF_STATUS HPDF_Page_LineTo(HPDF_Page page, HPDF_REAL x, HPDF_REAL y);
HPDF_Point HPDF_Page_GetCurrentPos(HPDF_Page page);
//--- v2/hpdf.h
typedef float HPDF_FLOAT;
typedef HPDF_FLOAT HPDF_REAL;
typedef unsigned long int HPDF_STATUS;
typedef struct _HPDF_Dict_Rec *HPDF_Page;
typedef struct _HPDF_Point { HPDF_REAL x; HPDF_REAL y; } HPDF_Point;
HPDF_Page HPDF_Page_New(void);
HPDF_STATUS HPDF_Page_MoveTo(HPDF_Page page, HPDF_REAL x, HPDF_REAL y);
HPDF_STATUS HPDF_Page_LineTo(HPDF_Page page, HPDF_REAL x, HPDF_REAL y);
HPDF_Point HPDF_Page_GetCurrentPos(HPDF_Page page);
//--- lib.c
#include <stdlib.h>
#include "hpdf.h"
struct _HPDF_Dict_Rec { HPDF_Point cur; unsigned int ops; };
HPDF_Page HPDF_Page_New(void) { return calloc(1, sizeof(struct _HPDF_Dict_Rec)); }
HPDF_STATUS HPDF_Page_MoveTo(HPDF_Page page, HPDF_REAL x, HPDF_REAL y) { if (!page) return 0x1025; page->cur.x = x; page->cur.y = y; page->ops++; return 0; }
HPDF_STATUS HPDF_Page_LineTo(HPDF_Page page, HPDF_REAL x, HPDF_REAL y) { if (!page || !page->ops) return 0x1026; page->cur.x = x; page->cur.y = y; page->ops++; return 0; }
HPDF_Point HPDF_Page_GetCurrentPos(HPDF_Page page) { HPDF_Point zero = { 0, 0 }; return page ? page->cur : zero; }
