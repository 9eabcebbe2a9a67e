// expect: none
// why: FcMatrix is a typedef of struct _FcMatrix. v1 declares FcMatrixMultiply with struct _FcMatrix *
// why: parameters and FcMatrixEqual with an int result; v2 spells the parameters FcMatrix * and the result
// why: FcBool (a typedef of int), as fontconfig's header does: the same types.
// abidiff: 0 agree
//--- v1/fontconfig.h
typedef int FcBool;
typedef struct _FcMatrix { double xx, xy, yx, yy; } FcMatrix;
void FcMatrixMultiply(struct _FcMatrix *result, const struct _FcMatrix *a, const struct _FcMatrix *b);
int FcMatrixEqual(const FcMatrix *mat1, const FcMatrix *mat2);
//--- v2/fontconfig.h
typedef int FcBool;
typedef struct _FcMatrix { double xx, xy, yx, yy; } FcMatrix;
void FcMatrixMultiply(FcMatrix *result, const FcMatrix *a, const FcMatrix *b);
FcBool FcMatrixEqual(const FcMatrix *mat1, const FcMatrix *mat2);
//--- v1
#include "fontconfig.h"
void FcMatrixMultiply(struct _FcMatrix *result, const struct _FcMatrix *a, const struct _FcMatrix *b) { FcMatrix r; r.xx = a->xx * b->xx + a->xy * b->yx; r.xy = a->xx * b->xy + a->xy * b->yy; r.yx = a->yx * b->xx + a->yy * b->yx; r.yy = a->yx * b->xy + a->yy * b->yy; *result = r; }
int FcMatrixEqual(const FcMatrix *mat1, const FcMatrix *mat2) { return mat1->xx == mat2->xx && mat1->xy == mat2->xy && mat1->yx == mat2->yx && mat1->yy == mat2->yy; }
//--- v2
#include "fontconfig.h"
void FcMatrixMultiply(FcMatrix *result, const FcMatrix *a, const FcMatrix *b) { FcMatrix r; r.xx = a->xx * b->xx + a->xy * b->yx; r.xy = a->xx * b->xy + a->xy * b->yy; r.yx = a->yx * b->xx + a->yy * b->yx; r.yy = a->yx * b->xy + a->yy * b->yy; *result = r; }
FcBool FcMatrixEqual(const FcMatrix *mat1, const FcMatrix *mat2) { return mat1->xx == mat2->xx && mat1->xy == mat2->xy && mat1->yx == mat2->yx && mat1->yy == mat2->yy; }
