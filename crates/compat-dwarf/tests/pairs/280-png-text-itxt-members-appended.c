// expect: breaking
// why: libpng 1.4 made png_text's iTXt members (itxt_length, lang, lang_key) unconditional, growing it from 32
// why: to 56 bytes. Callers build the png_text arrays they pass to png_set_text (const png_text *, num_text), so
// why: the library reads entry 1 at byte 56 of a caller array whose entries are 32 bytes apart. That
// why: png_get_text also hands out the library's own array does not make the type library-allocated.
// abidiff: 4 agree
//--- v1/png.h
#include <stddef.h>
typedef struct png_struct_def png_struct;
typedef struct png_info_def png_info;
typedef struct png_text_struct { int compression; char *key; char *text; size_t text_length; } png_text;
png_struct *png_create_write_struct(void);
png_info *png_create_info_struct(png_struct *png_ptr);
void png_set_text(png_struct *png_ptr, png_info *info_ptr, const png_text *text_ptr, int num_text);
int png_get_text(png_struct *png_ptr, png_info *info_ptr, png_text **text_ptr, int *num_text);
//--- v2/png.h
#include <stddef.h>
typedef struct png_struct_def png_struct;
typedef struct png_info_def png_info;
typedef struct png_text_struct { int compression; char *key; char *text; size_t text_length; size_t itxt_length; char *lang; char *lang_key; } png_text;
png_struct *png_create_write_struct(void);
png_info *png_create_info_struct(png_struct *png_ptr);
void png_set_text(png_struct *png_ptr, png_info *info_ptr, const png_text *text_ptr, int num_text);
int png_get_text(png_struct *png_ptr, png_info *info_ptr, png_text **text_ptr, int *num_text);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "png.h"
struct png_struct_def { int flags; };
struct png_info_def { png_text *text; int num_text; };
png_struct *png_create_write_struct(void) { return calloc(1, sizeof(png_struct)); }
png_info *png_create_info_struct(png_struct *png_ptr) { return png_ptr ? calloc(1, sizeof(png_info)) : NULL; }
void png_set_text(png_struct *png_ptr, png_info *info_ptr, const png_text *text_ptr, int num_text) {
  if (!png_ptr || !info_ptr || num_text <= 0) return;
  png_text *t = realloc(info_ptr->text, (size_t)(info_ptr->num_text + num_text) * sizeof *t);
  if (!t) return;
  memcpy(t + info_ptr->num_text, text_ptr, (size_t)num_text * sizeof *t);
  info_ptr->text = t; info_ptr->num_text += num_text;
}
int png_get_text(png_struct *png_ptr, png_info *info_ptr, png_text **text_ptr, int *num_text) {
  if (!png_ptr || !info_ptr) return 0;
  if (text_ptr) *text_ptr = info_ptr->text;
  if (num_text) *num_text = info_ptr->num_text;
  return info_ptr->num_text;
}
