/* A weak reference to a symbol nothing defines, and plain libc. */
#include <stdio.h>
#include <string.h>
#include <time.h>
extern int fb_maybe(void) __attribute__((weak));
int main(int argc, char **argv) {
    char buf[64];
    time_t t = time(NULL);
    strftime(buf, sizeof buf, "%F", gmtime(&t));
    printf("%s %d %zu\n", buf, fb_maybe ? fb_maybe() : -1, strlen(argv[0]));
    return 0;
}
