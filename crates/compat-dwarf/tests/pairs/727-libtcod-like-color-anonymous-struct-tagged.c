// expect: info
// why: TCOD_color_t was a typedef of an anonymous struct of three uint8_t, passed and returned by value; v2 names the
// why: struct TCOD_ColorRGB and keeps the typedef, as libtcod 1.16 did. Same members, layout and INTEGER class, and C
// why: symbols carry no types: only the struct's name changed (a renamed struct of the same layout, as in 24).
// abidiff: 4 disagree: abidiff reports the anonymous struct renamed TCOD_ColorRGB; the layout, the INTEGER class and the C symbols are unchanged (as in 24).
//--- v1/color.h
#include <stdint.h>
typedef struct { uint8_t r, g, b; } TCOD_color_t;
TCOD_color_t TCOD_color_add(TCOD_color_t c1, TCOD_color_t c2);
TCOD_color_t TCOD_color_lerp(TCOD_color_t c1, TCOD_color_t c2, float coef);
//--- v2/color.h
#include <stdint.h>
struct TCOD_ColorRGB { uint8_t r, g, b; };
typedef struct TCOD_ColorRGB TCOD_color_t;
TCOD_color_t TCOD_color_add(TCOD_color_t c1, TCOD_color_t c2);
TCOD_color_t TCOD_color_lerp(TCOD_color_t c1, TCOD_color_t c2, float coef);
//--- v1
#include "color.h"
static uint8_t clamp(int v) { return v > 255 ? 255 : (uint8_t)v; }
TCOD_color_t TCOD_color_add(TCOD_color_t a, TCOD_color_t b) { TCOD_color_t r = { clamp(a.r + b.r), clamp(a.g + b.g), clamp(a.b + b.b) }; return r; }
TCOD_color_t TCOD_color_lerp(TCOD_color_t a, TCOD_color_t b, float t) { TCOD_color_t r = { (uint8_t)(a.r + (b.r - a.r) * t), (uint8_t)(a.g + (b.g - a.g) * t), (uint8_t)(a.b + (b.b - a.b) * t) }; return r; }
//--- v2
#include "color.h"
static uint8_t clamp(int v) { return v > 255 ? 255 : (uint8_t)v; }
TCOD_color_t TCOD_color_add(TCOD_color_t a, TCOD_color_t b) { TCOD_color_t r = { clamp(a.r + b.r), clamp(a.g + b.g), clamp(a.b + b.b) }; return r; }
TCOD_color_t TCOD_color_lerp(TCOD_color_t a, TCOD_color_t b, float t) { TCOD_color_t r = { (uint8_t)(a.r + (b.r - a.r) * t), (uint8_t)(a.g + (b.g - a.g) * t), (uint8_t)(a.b + (b.b - a.b) * t) }; return r; }
