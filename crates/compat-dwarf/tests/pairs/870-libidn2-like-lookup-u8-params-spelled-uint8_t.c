// expect: none
// why: libidn2's idn2.h spelled the byte-string parameters of idn2_lookup_u8 and idn2_register_u8 as unsigned char
// why: and unsigned char **; v2 spells them uint8_t and uint8_t ** (the header now includes stdint.h). uint8_t is a
// why: typedef of unsigned char, so every parameter, at every pointer level, denotes the same type, and the symbols are C.
// abidiff: 0 agree
//--- v1/idn2.h
#include <stddef.h>
enum { IDN2_OK = 0, IDN2_MALLOC = -100, IDN2_NO_CODESET = -101, IDN2_ICONV_FAIL = -102, IDN2_ENCODING_ERROR = -200, IDN2_TOO_BIG_DOMAIN = -205 };
int idn2_lookup_u8(const unsigned char *src, unsigned char **lookupname, int flags);
int idn2_register_u8(const unsigned char *ulabel, const unsigned char *alabel, unsigned char **insertname, int flags);
void idn2_free(void *ptr);
//--- v2/idn2.h
#include <stddef.h>
#include <stdint.h>
enum { IDN2_OK = 0, IDN2_MALLOC = -100, IDN2_NO_CODESET = -101, IDN2_ICONV_FAIL = -102, IDN2_ENCODING_ERROR = -200, IDN2_TOO_BIG_DOMAIN = -205 };
int idn2_lookup_u8(const uint8_t *src, uint8_t **lookupname, int flags);
int idn2_register_u8(const uint8_t *ulabel, const uint8_t *alabel, uint8_t **insertname, int flags);
void idn2_free(void *ptr);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "idn2.h"
static int lower_copy(const unsigned char *s, unsigned char **out) {
    size_t n = strlen((const char *)s);
    if (n > 253) return IDN2_TOO_BIG_DOMAIN;
    unsigned char *o = malloc(n + 1);
    if (!o) return IDN2_MALLOC;
    for (size_t i = 0; i <= n; i++) { if (s[i] >= 0x80) { free(o); return IDN2_ENCODING_ERROR; } o[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]; }
    *out = o; return IDN2_OK;
}
int idn2_lookup_u8(const unsigned char *src, unsigned char **lookupname, int flags) { (void)flags; if (!src || !lookupname) return IDN2_ENCODING_ERROR; return lower_copy(src, lookupname); }
int idn2_register_u8(const unsigned char *ulabel, const unsigned char *alabel, unsigned char **insertname, int flags) { (void)flags; if (!insertname) return IDN2_ENCODING_ERROR; return lower_copy(alabel ? alabel : ulabel, insertname); }
void idn2_free(void *ptr) { free(ptr); }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "idn2.h"
static int lower_copy(const uint8_t *s, uint8_t **out) {
    size_t n = strlen((const char *)s);
    if (n > 253) return IDN2_TOO_BIG_DOMAIN;
    uint8_t *o = malloc(n + 1);
    if (!o) return IDN2_MALLOC;
    for (size_t i = 0; i <= n; i++) { if (s[i] >= 0x80) { free(o); return IDN2_ENCODING_ERROR; } o[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]; }
    *out = o; return IDN2_OK;
}
int idn2_lookup_u8(const uint8_t *src, uint8_t **lookupname, int flags) { (void)flags; if (!src || !lookupname) return IDN2_ENCODING_ERROR; return lower_copy(src, lookupname); }
int idn2_register_u8(const uint8_t *ulabel, const uint8_t *alabel, uint8_t **insertname, int flags) { (void)flags; if (!insertname) return IDN2_ENCODING_ERROR; return lower_copy(alabel ? alabel : ulabel, insertname); }
void idn2_free(void *ptr) { free(ptr); }
