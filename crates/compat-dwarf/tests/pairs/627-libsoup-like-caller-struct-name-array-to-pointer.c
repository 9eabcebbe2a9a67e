// expect: breaking
// why: SoupCookieSpec is caller-allocated (callers fill it and pass it to soup_cookie_spec_matches). v2 declares
// why: name as const char * instead of char[8]: the same 8 bytes at the same offset, but the library now reads
// why: an old caller's inline characters as a pointer and dereferences them.
// abidiff: 4 agree
//--- v1/soup.h
typedef struct { char name[8]; int max_age; } SoupCookieSpec;
int soup_cookie_spec_matches(const SoupCookieSpec *spec, const char *name);
//--- v2/soup.h
typedef struct { const char *name; int max_age; } SoupCookieSpec;
int soup_cookie_spec_matches(const SoupCookieSpec *spec, const char *name);
//--- v1
#include <string.h>
#include "soup.h"
int soup_cookie_spec_matches(const SoupCookieSpec *spec, const char *name) { return strncmp(spec->name, name, sizeof spec->name) == 0 && spec->max_age != 0; }
//--- v2
#include <string.h>
#include "soup.h"
int soup_cookie_spec_matches(const SoupCookieSpec *spec, const char *name) { return spec->name && strcmp(spec->name, name) == 0 && spec->max_age != 0; }
