// expect: warning
// why: libbsd's string.h declares strlcpy and strlcat; v2 qualifies their destination and source pointers with
// why: restrict, as the BSD and glibc 2.38 prototypes do. Registers, sizes and C symbols are unchanged, but v2 is
// why: compiled assuming the buffers never overlap: a caller that passes overlapping buffers, which v1 handled by
// why: copying byte by byte, now has undefined behaviour (as in 189 and 443).
// abidiff: 0 disagree: abidiff filters restrict added to parameters as harmless, but v2 is compiled assuming the buffers never overlap, which v1 callers were not bound to.
//--- v1/bsd-string.h
#include <stddef.h>
size_t strlcpy(char *dst, const char *src, size_t siz);
size_t strlcat(char *dst, const char *src, size_t siz);
char *strnstr(const char *str, const char *find, size_t str_len);
//--- v2/bsd-string.h
#include <stddef.h>
size_t strlcpy(char *restrict dst, const char *restrict src, size_t siz);
size_t strlcat(char *restrict dst, const char *restrict src, size_t siz);
char *strnstr(const char *str, const char *find, size_t str_len);
//--- v1
#include <string.h>
#include "bsd-string.h"
size_t strlcpy(char *dst, const char *src, size_t siz) {
    size_t n = strlen(src);
    if (siz) { size_t c = n < siz - 1 ? n : siz - 1; for (size_t i = 0; i < c; i++) dst[i] = src[i]; dst[c] = 0; }
    return n;
}
size_t strlcat(char *dst, const char *src, size_t siz) {
    size_t d = strnlen(dst, siz);
    if (d == siz) return siz + strlen(src);
    return d + strlcpy(dst + d, src, siz - d);
}
char *strnstr(const char *str, const char *find, size_t str_len) {
    size_t n = strlen(find);
    if (!n) return (char *)str;
    for (size_t i = 0; i + n <= str_len && str[i]; i++) if (!strncmp(str + i, find, n)) return (char *)str + i;
    return 0;
}
//--- v2
#include <string.h>
#include "bsd-string.h"
size_t strlcpy(char *restrict dst, const char *restrict src, size_t siz) {
    size_t n = strlen(src);
    if (siz) { size_t c = n < siz - 1 ? n : siz - 1; memcpy(dst, src, c); dst[c] = 0; }
    return n;
}
size_t strlcat(char *restrict dst, const char *restrict src, size_t siz) {
    size_t d = strnlen(dst, siz);
    if (d == siz) return siz + strlen(src);
    return d + strlcpy(dst + d, src, siz - d);
}
char *strnstr(const char *str, const char *find, size_t str_len) {
    size_t n = strlen(find);
    if (!n) return (char *)str;
    for (size_t i = 0; i + n <= str_len && str[i]; i++) if (!strncmp(str + i, find, n)) return (char *)str + i;
    return 0;
}
