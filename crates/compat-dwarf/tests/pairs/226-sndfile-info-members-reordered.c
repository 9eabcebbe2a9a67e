// expect: breaking
// why: SF_INFO is allocated by the caller and passed to sf_open, which reads format and fills the rest (no export
// why: hands one out). v2 swaps samplerate and channels, so old callers read the channel count as the sample rate.
// abidiff: 4 agree
//--- v1/sndfile.h
typedef struct { long frames; int samplerate; int channels; int format; int seekable; } SF_INFO;
typedef struct sndfile SNDFILE;
SNDFILE *sf_open(const char *path, int mode, SF_INFO *info);
//--- v2/sndfile.h
typedef struct { long frames; int channels; int samplerate; int format; int seekable; } SF_INFO;
typedef struct sndfile SNDFILE;
SNDFILE *sf_open(const char *path, int mode, SF_INFO *info);
//--- v1
#include <stdlib.h>
#include "sndfile.h"
struct sndfile { int mode; };
SNDFILE *sf_open(const char *path, int mode, SF_INFO *info) {
  SNDFILE *f = path ? calloc(1, sizeof *f) : 0;
  if (f) { f->mode = mode; info->frames = 0; info->samplerate = 44100; info->channels = 2; info->seekable = 1; }
  return f;
}
//--- v2
#include <stdlib.h>
#include "sndfile.h"
struct sndfile { int mode; };
SNDFILE *sf_open(const char *path, int mode, SF_INFO *info) {
  SNDFILE *f = path ? calloc(1, sizeof *f) : 0;
  if (f) { f->mode = mode; info->frames = 0; info->samplerate = 44100; info->channels = 2; info->seekable = 1; }
  return f;
}
