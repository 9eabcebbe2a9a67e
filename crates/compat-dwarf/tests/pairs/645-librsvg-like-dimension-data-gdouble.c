// expect: none
// why: RsvgDimensionData is caller-allocated (rsvg_handle_get_dimensions fills it); v2 spells em and ex gdouble,
// why: a typedef of double, and width and height gint, a typedef of int: the same types.
// abidiff: 0 agree
//--- v1/rsvg.h
typedef struct { int width; int height; double em; double ex; } RsvgDimensionData;
typedef struct _RsvgHandle RsvgHandle;
void rsvg_handle_get_dimensions(RsvgHandle *handle, RsvgDimensionData *dimension_data);
//--- v2/rsvg.h
typedef int gint;
typedef double gdouble;
typedef struct { gint width; gint height; gdouble em; gdouble ex; } RsvgDimensionData;
typedef struct _RsvgHandle RsvgHandle;
void rsvg_handle_get_dimensions(RsvgHandle *handle, RsvgDimensionData *dimension_data);
//--- v1
#include "rsvg.h"
void rsvg_handle_get_dimensions(RsvgHandle *handle, RsvgDimensionData *d) { (void)handle; d->width = 100; d->height = 50; d->em = 100.0; d->ex = 50.0; }
//--- v2
#include "rsvg.h"
void rsvg_handle_get_dimensions(RsvgHandle *handle, RsvgDimensionData *d) { (void)handle; d->width = 100; d->height = 50; d->em = 100.0; d->ex = 50.0; }
