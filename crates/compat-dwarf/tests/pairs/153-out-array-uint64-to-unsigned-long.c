// expect: none
// why: list_inodes' out-array and count parameters are respelled from uint64_t * and size_t * to
// why: unsigned long *: on x86-64 glibc both typedefs are unsigned long, so the types are the same.
// abidiff: 0 agree
//--- v1/ino.h
#include <stddef.h>
#include <stdint.h>
int list_inodes(const char *dir, uint64_t *out, size_t *count);
//--- v2/ino.h
int list_inodes(const char *dir, unsigned long *out, unsigned long *count);
//--- lib.c
#include "ino.h"
int list_inodes(const char *dir, unsigned long *out, unsigned long *count)
{
    unsigned long n = 0;
    for (const char *p = dir; *p && n < *count; p++) out[n++] = (unsigned char)*p;
    *count = n;
    return 0;
}
