// expect: info
// why: struct cplx {double re, im;} is passed and returned by value by fft_twiddle; v2 renames it struct fft_complex
// why: with the same two doubles. Both are 16 bytes of two SSE eightbytes (xmm0, xmm1) and the C symbol is unchanged:
// why: binaries are unaffected, the rename is worth a line (as in 24).
// abidiff: 4 disagree: abidiff reports struct cplx renamed fft_complex in the parameter and the result; the same two doubles in xmm0 and xmm1 under the same C symbol (as in 24).
//--- v1/fft.h
struct cplx { double re, im; };
struct cplx fft_twiddle(struct cplx x, int k, int n);
//--- v2/fft.h
struct fft_complex { double re, im; };
struct fft_complex fft_twiddle(struct fft_complex x, int k, int n);
//--- v1
#include <math.h>
#include "fft.h"
struct cplx fft_twiddle(struct cplx x, int k, int n) { double a = -2 * 3.141592653589793 * k / n; struct cplx r = { x.re * cos(a) - x.im * sin(a), x.re * sin(a) + x.im * cos(a) }; return r; }
//--- v2
#include <math.h>
#include "fft.h"
struct fft_complex fft_twiddle(struct fft_complex x, int k, int n) { double a = -2 * 3.141592653589793 * k / n; struct fft_complex r = { x.re * cos(a) - x.im * sin(a), x.re * sin(a) + x.im * cos(a) }; return r; }
