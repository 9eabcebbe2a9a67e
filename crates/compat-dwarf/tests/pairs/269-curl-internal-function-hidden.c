// expect: breaking
// why: Curl_strcasecompare, declared only in the internal header strcase.h, was exported by accident; v2 marks it
// why: hidden (curl hid its Curl_* internals). Internal or not, it was in the dynamic symbol table, and binaries
// why: that linked against it now fail to resolve it.
// abidiff: 12 agree
//--- curl.h
int curl_strequal(const char *s1, const char *s2);
//--- v1/strcase.h
#include "curl.h"
int Curl_strcasecompare(const char *first, const char *second);
//--- v2/strcase.h
#include "curl.h"
__attribute__((visibility("hidden"))) int Curl_strcasecompare(const char *first, const char *second);
//--- lib.c
#include <ctype.h>
#include "strcase.h"
int Curl_strcasecompare(const char *first, const char *second) {
  while (*first && *second) {
    if (toupper((unsigned char)*first) != toupper((unsigned char)*second)) return 0;
    first++; second++;
  }
  return !*first && !*second;
}
int curl_strequal(const char *s1, const char *s2) { return s1 && s2 ? Curl_strcasecompare(s1, s2) : 0; }
