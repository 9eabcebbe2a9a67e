// expect: info
// why: zlib 1.2.5.1 changed typedef voidp gzFile to typedef struct gzFile_s *gzFile (so the gzgetc macro can read
// why: its buffer). gzopen still returns a pointer in %rax and gzread/gzclose take it in %rdi under the same
// why: C symbols; old binaries pass the same handle. The handle's declared type changed: an API change.
// abidiff: 0 agree
//--- v1/zlib.h
typedef void *voidp;
typedef voidp gzFile;
gzFile gzopen(const char *path, const char *mode);
int gzread(gzFile file, voidp buf, unsigned len);
int gzclose(gzFile file);
//--- v2/zlib.h
typedef void *voidp;
typedef struct gzFile_s *gzFile;
struct gzFile_s { unsigned have; unsigned char *next; long pos; };
gzFile gzopen(const char *path, const char *mode);
int gzread(gzFile file, voidp buf, unsigned len);
int gzclose(gzFile file);
//--- v1
#include <stdio.h>
#include <stdlib.h>
#include "zlib.h"
typedef struct { unsigned have; unsigned char *next; long pos; FILE *fp; } gz_state;
gzFile gzopen(const char *path, const char *mode) {
  gz_state *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->fp = fopen(path, mode);
  if (!s->fp) { free(s); return NULL; }
  return s;
}
int gzread(gzFile file, voidp buf, unsigned len) { gz_state *s = file; size_t n = fread(buf, 1, len, s->fp); s->pos += (long)n; return (int)n; }
int gzclose(gzFile file) { gz_state *s = file; int r = fclose(s->fp); free(s); return r; }
//--- v2
#include <stdio.h>
#include <stdlib.h>
#include "zlib.h"
typedef struct { struct gzFile_s x; FILE *fp; } gz_state;
gzFile gzopen(const char *path, const char *mode) {
  gz_state *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->fp = fopen(path, mode);
  if (!s->fp) { free(s); return NULL; }
  return &s->x;
}
int gzread(gzFile file, voidp buf, unsigned len) { gz_state *s = (gz_state *)file; size_t n = fread(buf, 1, len, s->fp); s->x.pos += (long)n; return (int)n; }
int gzclose(gzFile file) { gz_state *s = (gz_state *)file; int r = fclose(s->fp); free(s); return r; }
