/* Copies fb_table (a copy relocation) and binds FBASE_1.0. */
#include <stdio.h>
extern int fb_table[4];
extern int fb_add(int, int);
int main(void) { printf("%d\n", fb_add(fb_table[0], fb_table[3])); return 0; }
