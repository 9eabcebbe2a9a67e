// expect: info
// why: pcre_extra is both returned by pcre_study and allocated by callers who only want limits (pcre_extra extra;
// why: extra.flags = PCRE_EXTRA_MATCH_LIMIT; extra.match_limit = 10000; pcre_exec(re, &extra, ...)). Each member is
// why: guarded by a bit of its first member, flags, and PCRE appends members with new bits: 8.20 adds void
// why: *executable_jit behind PCRE_EXTRA_EXECUTABLE_JIT (0x40), growing the struct from 56 to 64 bytes, plus
// why: pcre_free_study. pcre_exec reads a member only when its bit is set, and pcre_study sets the new bit only for
// why: the new PCRE_STUDY_JIT_COMPILE option, so an old caller's 56-byte struct is never read past its end and the
// why: structs v2 allocates are freed by v2: an extension by flag-guarded appending, like the size- and
// why: version-guarded structs of 192 and 359.
// abidiff: 4 disagree: abidiff reports executable_jit appended to pcre_extra and pcre_free_study added; the new member is read only when its flag bit, which old callers never set, is present (as in 192).
// known-miss: warning: compat does not know the flag-guarded convention (each member of pcre_extra read only when its bit in flags is set) and calls the handed-out header struct undecided
//--- v1/pcre.h
#define PCRE_EXTRA_STUDY_DATA 0x0001
#define PCRE_EXTRA_MATCH_LIMIT 0x0002
#define PCRE_EXTRA_CALLOUT_DATA 0x0004
#define PCRE_EXTRA_TABLES 0x0008
#define PCRE_EXTRA_MATCH_LIMIT_RECURSION 0x0010
#define PCRE_EXTRA_MARK 0x0020
typedef struct real_pcre pcre;
typedef struct pcre_extra {
  unsigned long int flags;
  void *study_data;
  unsigned long int match_limit;
  void *callout_data;
  const unsigned char *tables;
  unsigned long int match_limit_recursion;
  unsigned char **mark;
} pcre_extra;
pcre *pcre_compile(const char *pattern, int options, const char **errptr, int *erroffset, const unsigned char *tableptr);
pcre_extra *pcre_study(const pcre *code, int options, const char **errptr);
int pcre_exec(const pcre *code, const pcre_extra *extra, const char *subject, int length, int startoffset, int options, int *ovector, int ovecsize);
//--- v2/pcre.h
#define PCRE_EXTRA_STUDY_DATA 0x0001
#define PCRE_EXTRA_MATCH_LIMIT 0x0002
#define PCRE_EXTRA_CALLOUT_DATA 0x0004
#define PCRE_EXTRA_TABLES 0x0008
#define PCRE_EXTRA_MATCH_LIMIT_RECURSION 0x0010
#define PCRE_EXTRA_MARK 0x0020
#define PCRE_EXTRA_EXECUTABLE_JIT 0x0040
#define PCRE_STUDY_JIT_COMPILE 0x0001
typedef struct real_pcre pcre;
typedef struct pcre_extra {
  unsigned long int flags;
  void *study_data;
  unsigned long int match_limit;
  void *callout_data;
  const unsigned char *tables;
  unsigned long int match_limit_recursion;
  unsigned char **mark;
  void *executable_jit;
} pcre_extra;
pcre *pcre_compile(const char *pattern, int options, const char **errptr, int *erroffset, const unsigned char *tableptr);
pcre_extra *pcre_study(const pcre *code, int options, const char **errptr);
void pcre_free_study(pcre_extra *extra);
int pcre_exec(const pcre *code, const pcre_extra *extra, const char *subject, int length, int startoffset, int options, int *ovector, int ovecsize);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "pcre.h"
struct real_pcre { unsigned int magic; unsigned int options; char *pattern; };
typedef struct { unsigned int size; unsigned int flags; unsigned char start_bits[32]; } pcre_study_data;
pcre *pcre_compile(const char *pattern, int options, const char **errptr, int *erroffset, const unsigned char *tableptr) {
  (void)tableptr;
  if (!pattern) { *errptr = "no pattern"; *erroffset = 0; return NULL; }
  pcre *re = calloc(1, sizeof *re);
  if (!re) { *errptr = "failed to get memory"; *erroffset = 0; return NULL; }
  re->magic = 0x50435245; re->options = (unsigned)options; re->pattern = strdup(pattern);
  return re;
}
pcre_extra *pcre_study(const pcre *code, int options, const char **errptr) {
  (void)options; *errptr = NULL;
  pcre_extra *extra = calloc(1, sizeof(pcre_extra) + sizeof(pcre_study_data));
  if (!extra) { *errptr = "failed to get memory"; return NULL; }
  pcre_study_data *study = (pcre_study_data *)(extra + 1);
  study->size = sizeof *study; study->start_bits[(unsigned char)code->pattern[0] / 8] = 1;
  extra->flags = PCRE_EXTRA_STUDY_DATA; extra->study_data = study;
  return extra;
}
int pcre_exec(const pcre *code, const pcre_extra *extra, const char *subject, int length, int startoffset, int options, int *ovector, int ovecsize) {
  unsigned long limit = 10000000;
  (void)options;
  if (extra) {
    if (extra->flags & PCRE_EXTRA_MATCH_LIMIT) limit = extra->match_limit;
    if (extra->flags & PCRE_EXTRA_MARK) *extra->mark = NULL;
  }
  const char *hit = strstr(subject + startoffset, code->pattern);
  if (!hit || hit - subject >= length || limit == 0) return -1;
  if (ovecsize >= 2) { ovector[0] = (int)(hit - subject); ovector[1] = ovector[0] + (int)strlen(code->pattern); }
  return 1;
}
//--- v2
#include <stdlib.h>
#include <string.h>
#include "pcre.h"
struct real_pcre { unsigned int magic; unsigned int options; char *pattern; };
typedef struct { unsigned int size; unsigned int flags; unsigned char start_bits[32]; } pcre_study_data;
typedef struct { int (*fn)(const char *subject, int length, int *ovector); } pcre_jit_code;
static int jit_match(const char *subject, int length, int *ovector) { (void)subject; (void)ovector; return length > 0 ? 0 : -1; }
static pcre_jit_code jit = { jit_match };
pcre *pcre_compile(const char *pattern, int options, const char **errptr, int *erroffset, const unsigned char *tableptr) {
  (void)tableptr;
  if (!pattern) { *errptr = "no pattern"; *erroffset = 0; return NULL; }
  pcre *re = calloc(1, sizeof *re);
  if (!re) { *errptr = "failed to get memory"; *erroffset = 0; return NULL; }
  re->magic = 0x50435245; re->options = (unsigned)options; re->pattern = strdup(pattern);
  return re;
}
pcre_extra *pcre_study(const pcre *code, int options, const char **errptr) {
  *errptr = NULL;
  pcre_extra *extra = calloc(1, sizeof(pcre_extra) + sizeof(pcre_study_data));
  if (!extra) { *errptr = "failed to get memory"; return NULL; }
  pcre_study_data *study = (pcre_study_data *)(extra + 1);
  study->size = sizeof *study; study->start_bits[(unsigned char)code->pattern[0] / 8] = 1;
  extra->flags = PCRE_EXTRA_STUDY_DATA; extra->study_data = study;
  if (options & PCRE_STUDY_JIT_COMPILE) { extra->flags |= PCRE_EXTRA_EXECUTABLE_JIT; extra->executable_jit = &jit; }
  return extra;
}
void pcre_free_study(pcre_extra *extra) { free(extra); }
int pcre_exec(const pcre *code, const pcre_extra *extra, const char *subject, int length, int startoffset, int options, int *ovector, int ovecsize) {
  unsigned long limit = 10000000;
  (void)options;
  if (extra) {
    if ((extra->flags & PCRE_EXTRA_EXECUTABLE_JIT) && extra->executable_jit && ovecsize >= 2 && startoffset == 0)
      if (((pcre_jit_code *)extra->executable_jit)->fn(subject, length, ovector) < -1) return -1;
    if (extra->flags & PCRE_EXTRA_MATCH_LIMIT) limit = extra->match_limit;
    if (extra->flags & PCRE_EXTRA_MARK) *extra->mark = NULL;
  }
  const char *hit = strstr(subject + startoffset, code->pattern);
  if (!hit || hit - subject >= length || limit == 0) return -1;
  if (ovecsize >= 2) { ovector[0] = (int)(hit - subject); ovector[1] = ovector[0] + (int)strlen(code->pattern); }
  return 1;
}
