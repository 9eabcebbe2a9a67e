// expect: none
// why: The library exports the hook variable xl_log_fn, which programs assign (xl_log_fn = my_logger). v1 declares
// why: it through typedef void (*xl_log_fn_t)(int level, const char *fmt, va_list ap); v2 spells the variable's
// why: type out and the level int32_t (int): the same pointer to a function of the same parameters.
// abidiff: 0 agree
//--- v1/xl.h
#include <stdarg.h>
typedef void (*xl_log_fn_t)(int level, const char *fmt, va_list ap);
extern xl_log_fn_t xl_log_fn;
void xl_log(int level, const char *fmt, ...);
//--- v2/xl.h
#include <stdarg.h>
#include <stdint.h>
extern void (*xl_log_fn)(int32_t level, const char *fmt, va_list ap);
void xl_log(int32_t level, const char *fmt, ...);
//--- v1
#include "xl.h"
xl_log_fn_t xl_log_fn;
void xl_log(int level, const char *fmt, ...) { va_list ap; va_start(ap, fmt); if (xl_log_fn) xl_log_fn(level, fmt, ap); va_end(ap); }
//--- v2
#include "xl.h"
void (*xl_log_fn)(int32_t level, const char *fmt, va_list ap);
void xl_log(int32_t level, const char *fmt, ...) { va_list ap; va_start(ap, fmt); if (xl_log_fn) xl_log_fn(level, fmt, ap); va_end(ap); }
