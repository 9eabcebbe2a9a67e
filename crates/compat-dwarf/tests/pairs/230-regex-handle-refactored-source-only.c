// expect: info
// why: struct regex, handed out by regex_compile and only forward-declared in the header, is restructured in
// why: lib.c (flags move into an embedded header struct with a magic number, members reordered): consumers
// why: only hold the pointer, so nothing they can see changes.
// abidiff: 4 disagree: abidiff reports struct regex's members retyped and moved; it is defined only in lib.c and consumers hold pointers (as in 69).
//--- regex.h
#include <stddef.h>
struct regex;
struct regex *regex_compile(const char *pattern, int flags);
int regex_match(const struct regex *re, const char *subject, size_t len);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "regex.h"
struct regex { int flags; unsigned char *bytecode; size_t len; };
struct regex *regex_compile(const char *pattern, int flags) {
  struct regex *re = calloc(1, sizeof *re);
  if (re) { re->flags = flags; re->len = strlen(pattern); re->bytecode = (unsigned char *)strdup(pattern); }
  return re;
}
int regex_match(const struct regex *re, const char *subject, size_t len) { return len >= re->len && memcmp(subject, re->bytecode, re->len) == 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "regex.h"
struct regex_header { unsigned magic; int flags; };
struct regex { struct regex_header hdr; size_t len; unsigned char *bytecode; };
struct regex *regex_compile(const char *pattern, int flags) {
  struct regex *re = calloc(1, sizeof *re);
  if (re) { re->hdr.magic = 0x50435245u; re->hdr.flags = flags; re->len = strlen(pattern); re->bytecode = (unsigned char *)strdup(pattern); }
  return re;
}
int regex_match(const struct regex *re, const char *subject, size_t len) { return len >= re->len && memcmp(subject, re->bytecode, re->len) == 0; }
