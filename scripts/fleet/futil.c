/* libfutil: unversioned, needs libm and libc. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
unsigned fu_hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }
char *fu_dup(const char *s) { return strdup(s); }
double fu_wave(double x) { return sin(x) + cos(x) + sqrt(fabs(x)); }
