// expect: none
// why: struct rgba has only uint8_t members, so __attribute__((packed)) changes nothing: size 4, alignment 1
// why: and offsets 0-3 either way; the by-value struct span that embeds it keeps its layout (count at byte 4)
// why: and fill_span keeps its calling convention. Dropping the attribute leaves the same types.
// abidiff: 0 agree
//--- v1/color.h
#include <stdint.h>
struct __attribute__((packed)) rgba { uint8_t r, g, b, a; };
struct span { struct rgba color; uint16_t count; };
int fill_span(unsigned char *dst, struct span s);
//--- v2/color.h
#include <stdint.h>
struct rgba { uint8_t r, g, b, a; };
struct span { struct rgba color; uint16_t count; };
int fill_span(unsigned char *dst, struct span s);
//--- lib.c
#include "color.h"
int fill_span(unsigned char *dst, struct span s)
{
    for (int i = 0; i < s.count; i++) { dst[4*i] = s.color.r; dst[4*i+1] = s.color.g; dst[4*i+2] = s.color.b; dst[4*i+3] = s.color.a; }
    return s.count;
}
