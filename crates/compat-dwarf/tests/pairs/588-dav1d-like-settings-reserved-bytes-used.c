// expect: info
// why: Dav1dSettings is caller-allocated (dav1d_default_settings fills the caller's object, which dav1d_open
// why: reads). v2 takes the first 4 of its 16 reserved bytes for int strict_std_compliance and keeps uint8_t
// why: reserved[12]: the struct keeps its size and every other offset, and old callers' reserved bytes are the
// why: zeros dav1d_default_settings wrote. A reserved member replaced in place (as in 32).
// abidiff: 4 disagree: abidiff reports the reserved array's replacement; the bytes were reserved for this and hold the defaults' zeros in old callers' objects.
//--- v1/dav1d.h
#include <stdint.h>
typedef struct Dav1dContext Dav1dContext;
typedef struct Dav1dLogger { void *cookie; void (*callback)(void *cookie, const char *format); } Dav1dLogger;
typedef struct Dav1dSettings { int n_threads; int max_frame_delay; int apply_grain; int operating_point; int all_layers; unsigned frame_size_limit; Dav1dLogger logger; int output_invisible_frames; int inloop_filters; uint8_t reserved[16]; } Dav1dSettings;
void dav1d_default_settings(Dav1dSettings *s);
int dav1d_open(Dav1dContext **c_out, const Dav1dSettings *s);
//--- v2/dav1d.h
#include <stdint.h>
typedef struct Dav1dContext Dav1dContext;
typedef struct Dav1dLogger { void *cookie; void (*callback)(void *cookie, const char *format); } Dav1dLogger;
typedef struct Dav1dSettings { int n_threads; int max_frame_delay; int apply_grain; int operating_point; int all_layers; unsigned frame_size_limit; Dav1dLogger logger; int output_invisible_frames; int inloop_filters; int strict_std_compliance; uint8_t reserved[12]; } Dav1dSettings;
void dav1d_default_settings(Dav1dSettings *s);
int dav1d_open(Dav1dContext **c_out, const Dav1dSettings *s);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "dav1d.h"
struct Dav1dContext { Dav1dSettings s; };
void dav1d_default_settings(Dav1dSettings *s) { memset(s, 0, sizeof *s); s->apply_grain = 1; s->all_layers = 1; s->inloop_filters = 7; }
int dav1d_open(Dav1dContext **c_out, const Dav1dSettings *s) { Dav1dContext *c = malloc(sizeof *c); if (!c) return -12; c->s = *s; *c_out = c; return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "dav1d.h"
struct Dav1dContext { Dav1dSettings s; };
void dav1d_default_settings(Dav1dSettings *s) { memset(s, 0, sizeof *s); s->apply_grain = 1; s->all_layers = 1; s->inloop_filters = 7; s->strict_std_compliance = 0; }
int dav1d_open(Dav1dContext **c_out, const Dav1dSettings *s) { if (s->strict_std_compliance < 0) return -22; Dav1dContext *c = malloc(sizeof *c); if (!c) return -12; c->s = *s; *c_out = c; return 0; }
