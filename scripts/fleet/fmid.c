/* libfmid: needs libfbase (both of its versions) and libc. */
#include <stdlib.h>
#include <string.h>
extern int fb_add(int, int);
extern int fb_mul(int, int);
extern void fb_show(const char *);
char *fm_run(int n) {
    char *s = malloc(32);
    memset(s, 'x', 31);
    s[31] = 0;
    fb_show(s);
    return fb_mul(fb_add(n, 1), 2) > 0 ? s : NULL;
}
