// expect: warning
// why: The other side of 495: struct dl_opts is caller-allocated (dl_fetch takes a pointer, nothing hands one
// why: out) and its member follow_redirects goes from uint8_t to bool. Same byte, same offset, so no layout
// why: break; but old callers may store 2 or 255 (the count of redirects they allow, or ~0), which the library
// why: now reads as a bool, whose only valid values are 0 and 1: a warning with that risk.
// abidiff: 4 agree
//--- v1/dl.h
#include <stdint.h>
struct dl_opts { int timeout_ms; uint8_t follow_redirects; uint8_t verbose; };
int dl_fetch(const char *url, const struct dl_opts *opts);
//--- v2/dl.h
#include <stdbool.h>
#include <stdint.h>
struct dl_opts { int timeout_ms; bool follow_redirects; uint8_t verbose; };
int dl_fetch(const char *url, const struct dl_opts *opts);
//--- v1
#include "dl.h"
int dl_fetch(const char *url, const struct dl_opts *opts) { return url ? (opts->follow_redirects ? 301 : 200) + opts->verbose : -1; }
//--- v2
#include "dl.h"
int dl_fetch(const char *url, const struct dl_opts *opts) { return url ? (opts->follow_redirects ? 301 : 200) + opts->verbose : -1; }
