// expect: breaking
// why: TRE's regmatch_t arrays are allocated by callers and passed as pmatch to tre_regexec, which writes a start
// why: and end offset per subexpression. v2 makes regoff_t long instead of int (matches past 2 GiB), so each
// why: regmatch_t grows from 8 to 16 bytes: the library writes nmatch 16-byte entries into an old caller's array of
// why: 8-byte ones, past its end, and the caller reads the offsets at the old places.
// abidiff: 4 agree
//--- v1/tre.h
#include <stddef.h>
typedef int regoff_t;
typedef struct { size_t re_nsub; void *value; } regex_t;
typedef struct { regoff_t rm_so; regoff_t rm_eo; } regmatch_t;
int tre_regcomp(regex_t *preg, const char *regex, int cflags);
int tre_regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t pmatch[], int eflags);
void tre_regfree(regex_t *preg);
//--- v2/tre.h
#include <stddef.h>
typedef long regoff_t;
typedef struct { size_t re_nsub; void *value; } regex_t;
typedef struct { regoff_t rm_so; regoff_t rm_eo; } regmatch_t;
int tre_regcomp(regex_t *preg, const char *regex, int cflags);
int tre_regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t pmatch[], int eflags);
void tre_regfree(regex_t *preg);
//--- lib.c
#include <stdlib.h>
#include <string.h>
#include "tre.h"
int tre_regcomp(regex_t *preg, const char *regex, int cflags) { (void)cflags; preg->value = strdup(regex); preg->re_nsub = 0; return preg->value ? 0 : 12; }
int tre_regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t pmatch[], int eflags) {
    const char *hit = strstr(string, (const char *)preg->value); size_t i; (void)eflags;
    if (!hit) return 1;
    if (nmatch > 0) { pmatch[0].rm_so = (regoff_t)(hit - string); pmatch[0].rm_eo = pmatch[0].rm_so + (regoff_t)strlen((const char *)preg->value); }
    for (i = 1; i < nmatch; i++) pmatch[i].rm_so = pmatch[i].rm_eo = -1;
    return 0;
}
void tre_regfree(regex_t *preg) { free(preg->value); preg->value = NULL; }
