// expect: breaking
// why: The library exports the variable float sobel_kernel[3][3] (36 bytes) that consumers read directly; v2 makes
// why: it float sobel_kernel[3][5] (60 bytes). Executables that copy-relocated the symbol reserved 36 bytes and
// why: index rows 12 bytes apart; the library now reads 20-byte rows. The report must print the dimensions in
// why: declaration order.
// message: float[3][5]
// abidiff: 4 agree
//--- v1/filter.h
extern float sobel_kernel[3][3];
void filter_apply(const float *src, float *dst, int w, int h);
//--- v2/filter.h
extern float sobel_kernel[3][5];
void filter_apply(const float *src, float *dst, int w, int h);
//--- v1
#include "filter.h"
float sobel_kernel[3][3] = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };
void filter_apply(const float *src, float *dst, int w, int h) {
  for (int y = 1; y < h - 1; y++) for (int x = 1; x < w - 1; x++) {
    float s = 0;
    for (int j = 0; j < 3; j++) for (int i = 0; i < 3; i++) s += sobel_kernel[j][i] * src[(y + j - 1) * w + x + i - 1];
    dst[y * w + x] = s;
  }
}
//--- v2
#include "filter.h"
float sobel_kernel[3][5] = { { -1, -2, 0, 2, 1 }, { -2, -4, 0, 4, 2 }, { -1, -2, 0, 2, 1 } };
void filter_apply(const float *src, float *dst, int w, int h) {
  for (int y = 1; y < h - 1; y++) for (int x = 2; x < w - 2; x++) {
    float s = 0;
    for (int j = 0; j < 3; j++) for (int i = 0; i < 5; i++) s += sobel_kernel[j][i] * src[(y + j - 1) * w + x + i - 2];
    dst[y * w + x] = s;
  }
}
