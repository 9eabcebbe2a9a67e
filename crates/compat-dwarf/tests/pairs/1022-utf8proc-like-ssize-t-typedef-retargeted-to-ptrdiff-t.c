// expect: none
// why: utf8proc_ssize_t and utf8proc_int32_t were typedefs of the POSIX ssize_t and of int32_t; v2 defines them from
// why: <stddef.h> and the base types instead (ptrdiff_t, int), so that the header also builds where ssize_t is missing.
// why: On x86-64 Linux ssize_t and ptrdiff_t are both long and int32_t is int: every length, code point and result
// why: denotes the same type as before, including the caller-allocated utf8proc_int32_t buffers and the exported
// why: property struct's members.
// abidiff: 0 agree
//--- v1/utf8proc.h
#include <sys/types.h>
#include <stdint.h>
#include <stddef.h>
typedef int32_t utf8proc_int32_t;
typedef uint8_t utf8proc_uint8_t;
typedef ssize_t utf8proc_ssize_t;
typedef struct utf8proc_property_struct {
    unsigned short category;
    short combining_class;
    unsigned short bidi_class;
    unsigned short decomp_type;
    utf8proc_int32_t uppercase_seqindex;
} utf8proc_property_t;
utf8proc_ssize_t utf8proc_iterate(const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *codepoint_ref);
utf8proc_ssize_t utf8proc_decompose(const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *buffer, utf8proc_ssize_t bufsize, int options);
const utf8proc_property_t *utf8proc_get_property(utf8proc_int32_t codepoint);
//--- v2/utf8proc.h
#include <stdint.h>
#include <stddef.h>
typedef int utf8proc_int32_t;
typedef unsigned char utf8proc_uint8_t;
typedef ptrdiff_t utf8proc_ssize_t;
typedef struct utf8proc_property_struct {
    unsigned short category;
    short combining_class;
    unsigned short bidi_class;
    unsigned short decomp_type;
    utf8proc_int32_t uppercase_seqindex;
} utf8proc_property_t;
utf8proc_ssize_t utf8proc_iterate(const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *codepoint_ref);
utf8proc_ssize_t utf8proc_decompose(const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *buffer, utf8proc_ssize_t bufsize, int options);
const utf8proc_property_t *utf8proc_get_property(utf8proc_int32_t codepoint);
//--- lib.c
#include "utf8proc.h"
static const utf8proc_property_t props[2] = { { 0, 0, 0, 0, -1 }, { 1, 0, 1, 0, -1 } };
utf8proc_ssize_t utf8proc_iterate(const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *codepoint_ref) {
    if (strlen == 0) { *codepoint_ref = -1; return 0; }
    if (str[0] < 0x80) { *codepoint_ref = str[0]; return 1; }
    if ((str[0] & 0xe0) == 0xc0 && strlen >= 2) { *codepoint_ref = ((str[0] & 0x1f) << 6) | (str[1] & 0x3f); return 2; }
    *codepoint_ref = -1;
    return -3;
}
utf8proc_ssize_t utf8proc_decompose(const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *buffer, utf8proc_ssize_t bufsize, int options) {
    utf8proc_ssize_t wpos = 0;
    (void)options;
    while (strlen > 0) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(str, strlen, &c);
        if (n <= 0) return n < 0 ? n : wpos;
        if (wpos < bufsize) buffer[wpos] = c;
        wpos++; str += n; strlen -= n;
    }
    return wpos;
}
const utf8proc_property_t *utf8proc_get_property(utf8proc_int32_t codepoint) { return &props[codepoint >= 0x41 && codepoint <= 0x7a]; }
