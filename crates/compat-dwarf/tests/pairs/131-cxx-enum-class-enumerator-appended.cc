// expect: info
// why: enum class Format, a parameter of load_image, gains Bgra after Rgb and Rgba: existing values and the
// why: underlying int are unchanged, so old callers' arguments mean the same.
// abidiff: 0 agree
//--- v1/img.h
enum class Format { Rgb, Rgba };
int load_image(const char *path, Format f);
//--- v2/img.h
enum class Format { Rgb, Rgba, Bgra };
int load_image(const char *path, Format f);
//--- v1
#include "img.h"
int load_image(const char *path, Format f) { return path ? (f == Format::Rgba ? 4 : 3) : -1; }
//--- v2
#include "img.h"
int load_image(const char *path, Format f) { return path ? (f == Format::Rgb ? 3 : 4) : -1; }
