// expect: info
// why: Member m of the caller-filled struct transform goes from float[16] to float[4][4]: the same 64 bytes
// why: of floats in the same order at offset 0, so binaries are unaffected; source indexing m[5] becomes
// why: m[1][1], an API change a reader should see.
// abidiff: 4 disagree: abidiff reports m's type changed from float[16] to float[4][4]; both are 16 floats in row order at byte 0, so struct transform's layout holds.
//--- v1/xf.h
struct transform { float m[16]; int flags; };
void transform_apply(const struct transform *t, float *xyz, int n);
//--- v2/xf.h
struct transform { float m[4][4]; int flags; };
void transform_apply(const struct transform *t, float *xyz, int n);
//--- v1
#include "xf.h"
void transform_apply(const struct transform *t, float *xyz, int n) { for (int i = 0; i < n * 3; i++) xyz[i] *= t->m[(i % 3) * 5]; }
//--- v2
#include "xf.h"
void transform_apply(const struct transform *t, float *xyz, int n) { for (int i = 0; i < n * 3; i++) xyz[i] *= t->m[i % 3][i % 3]; }
