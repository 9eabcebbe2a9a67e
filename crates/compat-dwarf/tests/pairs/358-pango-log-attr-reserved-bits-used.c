// expect: info
// why: Consumers allocate the PangoLogAttr array (attrs_len = length + 1 entries) that pango_get_log_attrs
// why: fills. pango 1.50 takes break_inserts_hyphen and break_removes_preceding from the reserved bit-field:
// why: bits 13 and 14 of the same 4-byte word, reserved shrinking from 19 bits at bit 13 to 17 at bit 15. The entry
// why: keeps 4 bytes and every existing bit its position, so binaries are unaffected: reserved space used in
// why: place (as in 101 and 181).
// abidiff: 4 disagree: abidiff reports two bit-fields inserted and reserved moved from bit 13 to 15; they take bits of the reserved field in place, and the entry keeps its 4 bytes and every used bit (as in 101).
//--- v1/pango-break.h
typedef unsigned int guint;
typedef struct _PangoLanguage PangoLanguage;
typedef struct _PangoLogAttr {
  guint is_line_break : 1;
  guint is_mandatory_break : 1;
  guint is_char_break : 1;
  guint is_white : 1;
  guint is_cursor_position : 1;
  guint is_word_start : 1;
  guint is_word_end : 1;
  guint is_sentence_boundary : 1;
  guint is_sentence_start : 1;
  guint is_sentence_end : 1;
  guint backspace_deletes_character : 1;
  guint is_expandable_space : 1;
  guint is_word_boundary : 1;
  guint reserved : 19;
} PangoLogAttr;
void pango_get_log_attrs(const char *text, int length, int level, PangoLanguage *language, PangoLogAttr *attrs, int attrs_len);
//--- v2/pango-break.h
typedef unsigned int guint;
typedef struct _PangoLanguage PangoLanguage;
typedef struct _PangoLogAttr {
  guint is_line_break : 1;
  guint is_mandatory_break : 1;
  guint is_char_break : 1;
  guint is_white : 1;
  guint is_cursor_position : 1;
  guint is_word_start : 1;
  guint is_word_end : 1;
  guint is_sentence_boundary : 1;
  guint is_sentence_start : 1;
  guint is_sentence_end : 1;
  guint backspace_deletes_character : 1;
  guint is_expandable_space : 1;
  guint is_word_boundary : 1;
  guint break_inserts_hyphen : 1;
  guint break_removes_preceding : 1;
  guint reserved : 17;
} PangoLogAttr;
void pango_get_log_attrs(const char *text, int length, int level, PangoLanguage *language, PangoLogAttr *attrs, int attrs_len);
//--- v1
#include <string.h>
#include "pango-break.h"
void pango_get_log_attrs(const char *text, int length, int level, PangoLanguage *language, PangoLogAttr *attrs, int attrs_len) {
  (void)level; (void)language;
  if (length < 0) length = (int)strlen(text);
  for (int i = 0; i < attrs_len && i <= length; i++) {
    char c = i < length ? text[i] : 0;
    char prev = i > 0 ? text[i - 1] : ' ';
    memset(&attrs[i], 0, sizeof attrs[i]);
    attrs[i].is_char_break = attrs[i].is_cursor_position = 1;
    attrs[i].is_white = c == ' ';
    attrs[i].is_line_break = prev == ' ' && c != ' ';
    attrs[i].is_word_start = prev == ' ' && c != ' ' && c != 0;
    attrs[i].is_word_end = prev != ' ' && (c == ' ' || c == 0);
    attrs[i].is_word_boundary = attrs[i].is_word_start | attrs[i].is_word_end;
  }
}
//--- v2
#include <string.h>
#include "pango-break.h"
void pango_get_log_attrs(const char *text, int length, int level, PangoLanguage *language, PangoLogAttr *attrs, int attrs_len) {
  (void)level; (void)language;
  if (length < 0) length = (int)strlen(text);
  for (int i = 0; i < attrs_len && i <= length; i++) {
    char c = i < length ? text[i] : 0;
    char prev = i > 0 ? text[i - 1] : ' ';
    memset(&attrs[i], 0, sizeof attrs[i]);
    attrs[i].is_char_break = attrs[i].is_cursor_position = 1;
    attrs[i].is_white = c == ' ';
    attrs[i].is_line_break = (prev == ' ' || prev == '-') && c != ' ';
    attrs[i].break_inserts_hyphen = 0;
    attrs[i].break_removes_preceding = prev == '-' && c != ' ';
    attrs[i].is_word_start = prev == ' ' && c != ' ' && c != 0;
    attrs[i].is_word_end = prev != ' ' && (c == ' ' || c == 0);
    attrs[i].is_word_boundary = attrs[i].is_word_start | attrs[i].is_word_end;
  }
}
