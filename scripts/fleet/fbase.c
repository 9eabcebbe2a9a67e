/* libfbase: versioned (FBASE_1.0, FBASE_2.0), a data object that programs copy. */
#include <stdio.h>
#include <string.h>
int fb_table[4] = {1, 2, 3, 4};
int fb_add(int a, int b) { return a + b; }
int fb_mul(int a, int b) { return a * b; }
void fb_show(const char *what) { printf("%s %zu\n", what, strlen(what)); }
