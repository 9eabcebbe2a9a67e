// expect: info
// why: The caller-filled struct fmt_opts had 30 unnamed padding bits after its two flags; v2 names one of
// why: them (utf8) without moving verbose, color or width or changing the size: a member added in place,
// why: like using a reserved field; old callers' zero-initialised padding reads as utf8 = 0.
// abidiff: 4 disagree: abidiff reports utf8 inserted at bit 2 of struct fmt_opts; it takes bits of the old unnamed padding, so the size and every offset of the caller-filled struct are unchanged (info).
//--- v1/fmt.h
struct fmt_opts { unsigned verbose : 1; unsigned color : 1; unsigned : 30; int width; };
int fmt_print(const char *s, const struct fmt_opts *o);
//--- v2/fmt.h
struct fmt_opts { unsigned verbose : 1; unsigned color : 1; unsigned utf8 : 1; unsigned : 29; int width; };
int fmt_print(const char *s, const struct fmt_opts *o);
//--- v1
#include "fmt.h"
int fmt_print(const char *s, const struct fmt_opts *o) { return (s != 0) + o->verbose + o->color + o->width; }
//--- v2
#include "fmt.h"
int fmt_print(const char *s, const struct fmt_opts *o) { return (s != 0) + o->verbose + o->color + o->utf8 + o->width; }
