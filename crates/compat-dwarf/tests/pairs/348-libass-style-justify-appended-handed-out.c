// expect: warning
// why: ASS_Style is declared with its members in ass_types.h and only reached through memory the library
// why: owns: the styles array of the ASS_Track that ass_new_track hands out, grown by ass_alloc_style, which
// why: returns an index. libass 0.13 appends int Justify: existing offsets hold but entries grow from 64 to
// why: 72 bytes, which breaks consumers only if they index track->styles themselves; only the public
// why: headers can tell, so the type is undecided (as in 318).
// abidiff: 4 agree
//--- v1/ass_types.h
#include <stdint.h>
typedef struct ass_style {
  char *Name;
  char *FontName;
  double FontSize;
  uint32_t PrimaryColour;
  uint32_t OutlineColour;
  int Bold;
  int Italic;
  int BorderStyle;
  int Alignment;
  int MarginL;
  int MarginR;
  int MarginV;
  int Encoding;
} ASS_Style;
typedef struct ass_track {
  int n_styles;
  int max_styles;
  ASS_Style *styles;
  char *name;
  int default_style;
} ASS_Track;
//--- v2/ass_types.h
#include <stdint.h>
typedef struct ass_style {
  char *Name;
  char *FontName;
  double FontSize;
  uint32_t PrimaryColour;
  uint32_t OutlineColour;
  int Bold;
  int Italic;
  int BorderStyle;
  int Alignment;
  int MarginL;
  int MarginR;
  int MarginV;
  int Encoding;
  int Justify;
} ASS_Style;
typedef struct ass_track {
  int n_styles;
  int max_styles;
  ASS_Style *styles;
  char *name;
  int default_style;
} ASS_Track;
//--- ass.h
#include "ass_types.h"
typedef struct ass_library ASS_Library;
ASS_Library *ass_library_init(void);
ASS_Track *ass_new_track(ASS_Library *library);
int ass_alloc_style(ASS_Track *track);
void ass_free_track(ASS_Track *track);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "ass.h"
struct ass_library { int n_tracks; };
ASS_Library *ass_library_init(void) { return calloc(1, sizeof(ASS_Library)); }
ASS_Track *ass_new_track(ASS_Library *library) { if (library) library->n_tracks++; return calloc(1, sizeof(ASS_Track)); }
int ass_alloc_style(ASS_Track *track) {
  if (track->n_styles == track->max_styles) {
    int max = track->max_styles ? 2 * track->max_styles : 8;
    ASS_Style *s = realloc(track->styles, (size_t)max * sizeof *s);
    if (!s) return -1;
    track->styles = s; track->max_styles = max;
  }
  int sid = track->n_styles++;
  memset(&track->styles[sid], 0, sizeof(ASS_Style));
  track->styles[sid].FontSize = 18.0;
  return sid;
}
void ass_free_track(ASS_Track *track) {
  if (!track) return;
  for (int i = 0; i < track->n_styles; i++) { free(track->styles[i].Name); free(track->styles[i].FontName); }
  free(track->styles); free(track->name); free(track);
}
