// expect: warning
// why: cmocka 2.0 changes _assert_in_range, which the assert_in_range macro calls, from LargestIntegralType (unsigned
// why: long long) to intmax_t for the value and both bounds. The three arguments stay 8-byte integers in the same
// why: registers under the same C symbol, so nothing moves; but v2 compares them as signed, so an old caller's range
// why: check with a bound above INT64_MAX (or a value that only fits unsigned) now gives the opposite result.
// why: A same-size signedness change of by-value parameters.
// abidiff: 4 agree
//--- v1/cmocka.h
typedef unsigned long long LargestIntegralType;
void _assert_in_range(const LargestIntegralType value, const LargestIntegralType minimum, const LargestIntegralType maximum, const char *const file, const int line);
void _assert_true(const LargestIntegralType result, const char *const expression, const char *const file, const int line);
int _cmocka_failures(void);
#define assert_in_range(value, minimum, maximum) _assert_in_range((LargestIntegralType)(value), (LargestIntegralType)(minimum), (LargestIntegralType)(maximum), __FILE__, __LINE__)
//--- v2/cmocka.h
#include <stdint.h>
typedef unsigned long long LargestIntegralType;
void _assert_in_range(intmax_t value, intmax_t minimum, intmax_t maximum, const char *const file, const int line);
void _assert_true(const LargestIntegralType result, const char *const expression, const char *const file, const int line);
int _cmocka_failures(void);
#define assert_in_range(value, minimum, maximum) _assert_in_range((intmax_t)(value), (intmax_t)(minimum), (intmax_t)(maximum), __FILE__, __LINE__)
//--- v1
#include <stdio.h>
#include "cmocka.h"
static int failures;
void _assert_in_range(const LargestIntegralType value, const LargestIntegralType minimum, const LargestIntegralType maximum, const char *const file, const int line) {
    if (value < minimum || value > maximum) { fprintf(stderr, "%s:%d: %llu is not within the range %llu-%llu\n", file, line, value, minimum, maximum); failures++; }
}
void _assert_true(const LargestIntegralType result, const char *const expression, const char *const file, const int line) {
    if (!result) { fprintf(stderr, "%s:%d: %s\n", file, line, expression); failures++; }
}
int _cmocka_failures(void) { return failures; }
//--- v2
#include <inttypes.h>
#include <stdio.h>
#include "cmocka.h"
static int failures;
void _assert_in_range(intmax_t value, intmax_t minimum, intmax_t maximum, const char *const file, const int line) {
    if (value < minimum || value > maximum) { fprintf(stderr, "%s:%d: %" PRIdMAX " is not within the range %" PRIdMAX "-%" PRIdMAX "\n", file, line, value, minimum, maximum); failures++; }
}
void _assert_true(const LargestIntegralType result, const char *const expression, const char *const file, const int line) {
    if (!result) { fprintf(stderr, "%s:%d: %s\n", file, line, expression); failures++; }
}
int _cmocka_failures(void) { return failures; }
