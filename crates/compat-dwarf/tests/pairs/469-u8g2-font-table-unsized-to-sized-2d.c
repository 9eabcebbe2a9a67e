// expect: none
// why: The exported font table is declared const unsigned char font8x8_basic[][8] in v1 and [128][8] in v2; the
// why: definition has 128 rows both times, so the symbol's size stays 1024 bytes and the rows stay 8 bytes:
// why: consumers index it the same way and copy-relocations reserve the same size. Only the declaration's
// why: completeness changed (T[] to T[N], one dimension down).
// abidiff: 4 disagree: abidiff reports the type of font8x8_basic changed from unsigned char[][8] to unsigned char[128][8]; the symbol's size is 1024 bytes in both and the rows are the same (as in 29).
//--- v1/font8x8.h
extern const unsigned char font8x8_basic[][8];
int font8x8_glyph_width(unsigned char c);
//--- v2/font8x8.h
extern const unsigned char font8x8_basic[128][8];
int font8x8_glyph_width(unsigned char c);
//--- v1
#include "font8x8.h"
const unsigned char font8x8_basic[128][8] = { [33] = {0x18, 0x3C, 0x3C, 0x18, 0x18, 0x00, 0x18, 0x00}, [65] = {0x0C, 0x1E, 0x33, 0x33, 0x3F, 0x33, 0x33, 0x00} };
int font8x8_glyph_width(unsigned char c) {
  int w = 0;
  if (c >= 128) return 0;
  for (int r = 0; r < 8; r++) for (int b = 0; b < 8; b++) if ((font8x8_basic[c][r] >> b) & 1 && b + 1 > w) w = b + 1;
  return w;
}
//--- v2
#include "font8x8.h"
const unsigned char font8x8_basic[128][8] = { [33] = {0x18, 0x3C, 0x3C, 0x18, 0x18, 0x00, 0x18, 0x00}, [65] = {0x0C, 0x1E, 0x33, 0x33, 0x3F, 0x33, 0x33, 0x00} };
int font8x8_glyph_width(unsigned char c) {
  int w = 0;
  if (c >= 128) return 0;
  for (int r = 0; r < 8; r++) for (int b = 0; b < 8; b++) if ((font8x8_basic[c][r] >> b) & 1 && b + 1 > w) w = b + 1;
  return w;
}
