// expect: none
// why: png_set_error_fn's parameters are respelled through libpng-style typedefs (png_structp, png_voidp,
// why: png_error_ptr, png_const_charp) that name exactly the v1 types, including the callbacks' own
// why: parameter types: the same function with the same types.
// abidiff: 0 agree
//--- v1/png.h
typedef struct png_struct_def png_struct;
png_struct *png_create(void);
void png_set_error_fn(png_struct *png_ptr, void *error_ptr,
                      void (*error_fn)(png_struct *, const char *),
                      void (*warning_fn)(png_struct *, const char *));
//--- v2/png.h
typedef struct png_struct_def png_struct;
typedef png_struct *png_structp;
typedef void *png_voidp;
typedef const char *png_const_charp;
typedef void (*png_error_ptr)(png_structp, png_const_charp);
png_structp png_create(void);
void png_set_error_fn(png_structp png_ptr, png_voidp error_ptr, png_error_ptr error_fn, png_error_ptr warning_fn);
//--- v1
#include <stdlib.h>
#include "png.h"
struct png_struct_def { void *error_ptr; void (*error_fn)(png_struct *, const char *); void (*warning_fn)(png_struct *, const char *); };
png_struct *png_create(void) { return calloc(1, sizeof(png_struct)); }
void png_set_error_fn(png_struct *png_ptr, void *error_ptr,
                      void (*error_fn)(png_struct *, const char *),
                      void (*warning_fn)(png_struct *, const char *))
{ png_ptr->error_ptr = error_ptr; png_ptr->error_fn = error_fn; png_ptr->warning_fn = warning_fn; }
//--- v2
#include <stdlib.h>
#include "png.h"
struct png_struct_def { png_voidp error_ptr; png_error_ptr error_fn; png_error_ptr warning_fn; };
png_structp png_create(void) { return calloc(1, sizeof(png_struct)); }
void png_set_error_fn(png_structp png_ptr, png_voidp error_ptr, png_error_ptr error_fn, png_error_ptr warning_fn)
{ png_ptr->error_ptr = error_ptr; png_ptr->error_fn = error_fn; png_ptr->warning_fn = warning_fn; }
