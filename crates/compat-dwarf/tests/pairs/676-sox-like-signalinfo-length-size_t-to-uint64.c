// expect: none
// why: sox_signalinfo_t is caller-filled and handed to sox_open_write. v2 declares length as sox_uint64_t instead of
// why: size_t; sox_uint64_t is a typedef of uint64_t, and on x86-64 glibc both uint64_t and size_t are typedefs
// why: of unsigned long: the same type at the same offset.
// abidiff: 0 agree
//--- v1/sox.h
#include <stddef.h>
#include <stdint.h>
typedef double sox_rate_t;
typedef uint64_t sox_uint64_t;
typedef struct sox_signalinfo_t { sox_rate_t rate; unsigned channels; unsigned precision; size_t length; double *mult; } sox_signalinfo_t;
typedef struct sox_format_t sox_format_t;
sox_format_t *sox_open_write(const char *path, const sox_signalinfo_t *signal, const char *filetype);
//--- v2/sox.h
#include <stddef.h>
#include <stdint.h>
typedef double sox_rate_t;
typedef uint64_t sox_uint64_t;
typedef struct sox_signalinfo_t { sox_rate_t rate; unsigned channels; unsigned precision; sox_uint64_t length; double *mult; } sox_signalinfo_t;
typedef struct sox_format_t sox_format_t;
sox_format_t *sox_open_write(const char *path, const sox_signalinfo_t *signal, const char *filetype);
//--- v1
#include <stdlib.h>
#include "sox.h"
struct sox_format_t { const char *path; sox_signalinfo_t signal; };
sox_format_t *sox_open_write(const char *path, const sox_signalinfo_t *signal, const char *filetype) { (void)filetype; if (!path || !signal || !signal->channels) return 0; sox_format_t *f = malloc(sizeof *f); if (f) { f->path = path; f->signal = *signal; } return f; }
//--- v2
#include <stdlib.h>
#include "sox.h"
struct sox_format_t { const char *path; sox_signalinfo_t signal; };
sox_format_t *sox_open_write(const char *path, const sox_signalinfo_t *signal, const char *filetype) { (void)filetype; if (!path || !signal || !signal->channels) return 0; sox_format_t *f = malloc(sizeof *f); if (f) { f->path = path; f->signal = *signal; } return f; }
