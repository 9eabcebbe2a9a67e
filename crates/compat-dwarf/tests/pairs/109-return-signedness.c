// expect: warning
// why: stream_flags returns unsigned int instead of int: the same register and bits, so no binary breaks,
// why: but a flag word with the top bit set now means a large positive value where old callers tested < 0.
// abidiff: 4 agree
//--- v1/stream.h
struct stream;
struct stream *stream_open(const char *path);
int stream_flags(const struct stream *s);
//--- v2/stream.h
struct stream;
struct stream *stream_open(const char *path);
unsigned int stream_flags(const struct stream *s);
//--- v1
#include <stdlib.h>
#include "stream.h"
struct stream { int flags; };
struct stream *stream_open(const char *path) { struct stream *s = calloc(1, sizeof *s); if (s && path) s->flags = 1; return s; }
int stream_flags(const struct stream *s) { return s->flags; }
//--- v2
#include <stdlib.h>
#include "stream.h"
struct stream { int flags; };
struct stream *stream_open(const char *path) { struct stream *s = calloc(1, sizeof *s); if (s && path) s->flags = 1; return s; }
unsigned int stream_flags(const struct stream *s) { return (unsigned int)s->flags; }
