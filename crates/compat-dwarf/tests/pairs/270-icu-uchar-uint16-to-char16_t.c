// expect: none
// why: ICU 59 changed typedef uint16_t UChar to typedef char16_t UChar. In C, char16_t is <uchar.h>'s typedef of
// why: uint_least16_t, which is unsigned short like uint16_t: the same type behind other typedef names, in
// why: the same registers, under the same C symbols.
// abidiff: 0 agree
//--- v1/ustring.h
#include <stdint.h>
typedef uint16_t UChar;
int32_t u_strlen(const UChar *s);
UChar *u_strcpy(UChar *dst, const UChar *src);
UChar u_toupper_bmp(UChar c);
//--- v2/ustring.h
#include <stdint.h>
#include <uchar.h>
typedef char16_t UChar;
int32_t u_strlen(const UChar *s);
UChar *u_strcpy(UChar *dst, const UChar *src);
UChar u_toupper_bmp(UChar c);
//--- lib.c
#include "ustring.h"
int32_t u_strlen(const UChar *s) { int32_t n = 0; while (s[n]) n++; return n; }
UChar *u_strcpy(UChar *dst, const UChar *src) { UChar *d = dst; while ((*d++ = *src++)) {} return dst; }
UChar u_toupper_bmp(UChar c) { return c >= 'a' && c <= 'z' ? (UChar)(c - 32) : c; }
