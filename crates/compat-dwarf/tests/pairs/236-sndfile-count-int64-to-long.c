// expect: none
// why: sf_count_t goes from int64_t to long: on x86-64 int64_t is a typedef of long, so the parameter and the
// why: result are the same type behind one fewer typedef, in the same registers.
// abidiff: 0 agree
//--- v1/sndfile.h
#include <stdint.h>
typedef int64_t sf_count_t;
typedef struct sndfile SNDFILE;
SNDFILE *sf_open_fd(int fd);
sf_count_t sf_seek(SNDFILE *f, sf_count_t frames, int whence);
//--- v2/sndfile.h
typedef long sf_count_t;
typedef struct sndfile SNDFILE;
SNDFILE *sf_open_fd(int fd);
sf_count_t sf_seek(SNDFILE *f, sf_count_t frames, int whence);
//--- v1
#include <stdlib.h>
#include "sndfile.h"
struct sndfile { int fd; sf_count_t pos; };
SNDFILE *sf_open_fd(int fd) { SNDFILE *f = calloc(1, sizeof *f); if (f) f->fd = fd; return f; }
sf_count_t sf_seek(SNDFILE *f, sf_count_t frames, int whence) { f->pos = whence ? f->pos + frames : frames; return f->pos; }
//--- v2
#include <stdlib.h>
#include "sndfile.h"
struct sndfile { int fd; sf_count_t pos; };
SNDFILE *sf_open_fd(int fd) { SNDFILE *f = calloc(1, sizeof *f); if (f) f->fd = fd; return f; }
sf_count_t sf_seek(SNDFILE *f, sf_count_t frames, int whence) { f->pos = whence ? f->pos + frames : frames; return f->pos; }
