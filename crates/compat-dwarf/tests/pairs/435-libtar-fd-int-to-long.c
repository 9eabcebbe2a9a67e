// expect: breaking
// why: tartype_t is the I/O table consumers fill to read compressed archives (tartype_t gztype = { gzopen_frontend,
// why: gzclose_frontend, gzread_frontend, gzwrite_frontend }; tar_open(&t, path, &gztype, O_RDONLY, 0, 0)). libtar
// why: 1.2.20 widens the descriptor from int to long so the table can carry a gzFile pointer: the library now passes
// why: a 64-bit value in %rdi to the consumer's closefunc, readfunc and writefunc, which were compiled to read only
// why: %edi, and TAR's fd grows from 4 to 8 bytes, moving oflags from byte 20 to 24, options from 24 to 28 and th_buf
// why: from 28 to 32 in the handle that the header's th_get_* macros read.
// abidiff: 4 agree
//--- v1/libtar.h
#include <sys/types.h>
typedef int (*openfunc_t)(const char *, int, ...);
typedef int (*closefunc_t)(int);
typedef ssize_t (*readfunc_t)(int, void *, size_t);
typedef ssize_t (*writefunc_t)(int, const void *, size_t);
typedef struct { openfunc_t openfunc; closefunc_t closefunc; readfunc_t readfunc; writefunc_t writefunc; } tartype_t;
struct tar_header { char name[100]; char mode[8]; char uid[8]; char gid[8]; char size[12]; char mtime[12]; char chksum[8]; char typeflag; char linkname[100]; char magic[6]; char version[2]; };
typedef struct {
  tartype_t *type;
  const char *pathname;
  int fd;
  int oflags;
  int options;
  struct tar_header th_buf;
  char *th_pathname;
} TAR;
#define th_get_mode(t) ((t)->th_buf.mode)
#define TH_ISREG(t) ((t)->th_buf.typeflag == '0' || (t)->th_buf.typeflag == '\0')
int tar_open(TAR **t, const char *pathname, tartype_t *type, int oflags, int mode, int options);
int tar_fdopen(TAR **t, int fd, const char *pathname, tartype_t *type, int oflags, int mode, int options);
int th_read(TAR *t);
int tar_close(TAR *t);
//--- v2/libtar.h
#include <sys/types.h>
typedef int (*openfunc_t)(const char *, int, ...);
typedef int (*closefunc_t)(long);
typedef ssize_t (*readfunc_t)(long, void *, size_t);
typedef ssize_t (*writefunc_t)(long, const void *, size_t);
typedef struct { openfunc_t openfunc; closefunc_t closefunc; readfunc_t readfunc; writefunc_t writefunc; } tartype_t;
struct tar_header { char name[100]; char mode[8]; char uid[8]; char gid[8]; char size[12]; char mtime[12]; char chksum[8]; char typeflag; char linkname[100]; char magic[6]; char version[2]; };
typedef struct {
  tartype_t *type;
  const char *pathname;
  long fd;
  int oflags;
  int options;
  struct tar_header th_buf;
  char *th_pathname;
} TAR;
#define th_get_mode(t) ((t)->th_buf.mode)
#define TH_ISREG(t) ((t)->th_buf.typeflag == '0' || (t)->th_buf.typeflag == '\0')
int tar_open(TAR **t, const char *pathname, tartype_t *type, int oflags, int mode, int options);
int tar_fdopen(TAR **t, int fd, const char *pathname, tartype_t *type, int oflags, int mode, int options);
int th_read(TAR *t);
int tar_close(TAR *t);
//--- v1
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libtar.h"
static ssize_t default_read(int fd, void *buf, size_t n) { return read(fd, buf, n); }
static ssize_t default_write(int fd, const void *buf, size_t n) { return write(fd, buf, n); }
static tartype_t default_type = { open, close, default_read, default_write };
static int tar_init(TAR **t, const char *pathname, tartype_t *type, int oflags, int options) {
  *t = calloc(1, sizeof **t);
  if (!*t) return -1;
  (*t)->pathname = pathname; (*t)->options = options; (*t)->type = type ? type : &default_type; (*t)->oflags = oflags;
  return 0;
}
int tar_open(TAR **t, const char *pathname, tartype_t *type, int oflags, int mode, int options) {
  if (tar_init(t, pathname, type, oflags, options) == -1) return -1;
  (*t)->fd = (*(*t)->type->openfunc)(pathname, oflags, mode);
  if ((*t)->fd == -1) { free(*t); return -1; }
  return 0;
}
int tar_fdopen(TAR **t, int fd, const char *pathname, tartype_t *type, int oflags, int mode, int options) {
  (void)mode;
  if (tar_init(t, pathname, type, oflags, options) == -1) return -1;
  (*t)->fd = fd;
  return 0;
}
int th_read(TAR *t) {
  ssize_t i = (*t->type->readfunc)(t->fd, &t->th_buf, sizeof t->th_buf);
  if (i != (ssize_t)sizeof t->th_buf) return i == 0 ? 1 : -1;
  free(t->th_pathname); t->th_pathname = strndup(t->th_buf.name, sizeof t->th_buf.name);
  return 0;
}
int tar_close(TAR *t) { int i = (*t->type->closefunc)(t->fd); free(t->th_pathname); free(t); return i; }
//--- v2
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libtar.h"
static int default_close(long fd) { return close((int)fd); }
static ssize_t default_read(long fd, void *buf, size_t n) { return read((int)fd, buf, n); }
static ssize_t default_write(long fd, const void *buf, size_t n) { return write((int)fd, buf, n); }
static tartype_t default_type = { open, default_close, default_read, default_write };
static int tar_init(TAR **t, const char *pathname, tartype_t *type, int oflags, int options) {
  *t = calloc(1, sizeof **t);
  if (!*t) return -1;
  (*t)->pathname = pathname; (*t)->options = options; (*t)->type = type ? type : &default_type; (*t)->oflags = oflags;
  return 0;
}
int tar_open(TAR **t, const char *pathname, tartype_t *type, int oflags, int mode, int options) {
  if (tar_init(t, pathname, type, oflags, options) == -1) return -1;
  (*t)->fd = (*(*t)->type->openfunc)(pathname, oflags, mode);
  if ((*t)->fd == -1) { free(*t); return -1; }
  return 0;
}
int tar_fdopen(TAR **t, int fd, const char *pathname, tartype_t *type, int oflags, int mode, int options) {
  (void)mode;
  if (tar_init(t, pathname, type, oflags, options) == -1) return -1;
  (*t)->fd = fd;
  return 0;
}
int th_read(TAR *t) {
  ssize_t i = (*t->type->readfunc)(t->fd, &t->th_buf, sizeof t->th_buf);
  if (i != (ssize_t)sizeof t->th_buf) return i == 0 ? 1 : -1;
  free(t->th_pathname); t->th_pathname = strndup(t->th_buf.name, sizeof t->th_buf.name);
  return 0;
}
int tar_close(TAR *t) { int i = (*t->type->closefunc)(t->fd); free(t->th_pathname); free(t); return i; }
