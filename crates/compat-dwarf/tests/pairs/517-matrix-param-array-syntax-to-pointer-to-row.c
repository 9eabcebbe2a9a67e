// expect: none
// why: mat_mul takes int a[][4] and int out[4][4] in v1; v2 spells them as pointers to rows, int (*a)[4]
// why: and int (*out)[4]. An array parameter is adjusted to a pointer to its element, so both spellings are int
// why: (*)[4]: the same type.
// abidiff: 0 agree
//--- v1/mat.h
void mat_mul(int a[][4], int b[][4], int out[4][4], int n);
//--- v2/mat.h
void mat_mul(int (*a)[4], int (*b)[4], int (*out)[4], int n);
//--- v1
#include "mat.h"
void mat_mul(int a[][4], int b[][4], int out[4][4], int n) {
  for (int i = 0; i < n && i < 4; i++) for (int j = 0; j < 4; j++) { int s = 0; for (int k = 0; k < 4; k++) s += a[i][k] * b[k][j]; out[i][j] = s; }
}
//--- v2
#include "mat.h"
void mat_mul(int (*a)[4], int (*b)[4], int (*out)[4], int n) {
  for (int i = 0; i < n && i < 4; i++) for (int j = 0; j < 4; j++) { int s = 0; for (int k = 0; k < 4; k++) s += a[i][k] * b[k][j]; out[i][j] = s; }
}
