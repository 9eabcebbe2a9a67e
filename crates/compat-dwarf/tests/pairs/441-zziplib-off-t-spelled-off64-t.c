// expect: none
// why: zziplib's zzip_off_t was a typedef of off_t; its rewritten build declares it from off64_t so that it no
// why: longer depends on the consumer's _FILE_OFFSET_BITS. The change reaches zzip_seek's offset and result,
// why: zzip_tell's result, and the seeks and filesize members of struct zzip_plugin_io, the I/O table consumers fill
// why: and pass to zzip_open_ext_io. On x86-64 glibc, off_t (__off_t) and off64_t (__off64_t) are both typedefs of
// why: long: every parameter, result and function-pointer member is the same 8-byte signed integer in the same
// why: register or slot (as in 361).
// abidiff: 0 agree
//--- v1/zzip.h
#include <sys/types.h>
typedef off_t zzip_off_t;
typedef ssize_t zzip_ssize_t;
typedef size_t zzip_size_t;
typedef char zzip_char_t;
typedef struct zzip_file ZZIP_FILE;
struct zzip_plugin_io {
  int (*open)(zzip_char_t *name, int flags, ...);
  int (*close)(int fd);
  zzip_ssize_t (*read)(int fd, void *buf, zzip_size_t len);
  zzip_off_t (*seeks)(int fd, zzip_off_t offset, int whence);
  zzip_off_t (*filesize)(int fd);
  long sys;
  long type;
  zzip_ssize_t (*write)(int fd, const void *buf, zzip_size_t len);
};
typedef const struct zzip_plugin_io *zzip_plugin_io_t;
ZZIP_FILE *zzip_open_ext_io(zzip_char_t *name, int o_flags, int o_modes, const char **ext, zzip_plugin_io_t io);
zzip_ssize_t zzip_read(ZZIP_FILE *fp, void *buf, zzip_size_t len);
zzip_off_t zzip_seek(ZZIP_FILE *fp, zzip_off_t offset, int whence);
zzip_off_t zzip_tell(ZZIP_FILE *fp);
int zzip_close(ZZIP_FILE *fp);
//--- v2/zzip.h
#define _LARGEFILE64_SOURCE 1
#include <sys/types.h>
typedef off64_t zzip_off_t;
typedef ssize_t zzip_ssize_t;
typedef size_t zzip_size_t;
typedef char zzip_char_t;
typedef struct zzip_file ZZIP_FILE;
struct zzip_plugin_io {
  int (*open)(zzip_char_t *name, int flags, ...);
  int (*close)(int fd);
  zzip_ssize_t (*read)(int fd, void *buf, zzip_size_t len);
  zzip_off_t (*seeks)(int fd, zzip_off_t offset, int whence);
  zzip_off_t (*filesize)(int fd);
  long sys;
  long type;
  zzip_ssize_t (*write)(int fd, const void *buf, zzip_size_t len);
};
typedef const struct zzip_plugin_io *zzip_plugin_io_t;
ZZIP_FILE *zzip_open_ext_io(zzip_char_t *name, int o_flags, int o_modes, const char **ext, zzip_plugin_io_t io);
zzip_ssize_t zzip_read(ZZIP_FILE *fp, void *buf, zzip_size_t len);
zzip_off_t zzip_seek(ZZIP_FILE *fp, zzip_off_t offset, int whence);
zzip_off_t zzip_tell(ZZIP_FILE *fp);
int zzip_close(ZZIP_FILE *fp);
//--- lib.c
#include "zzip.h"
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
struct zzip_file { int fd; zzip_off_t offset; zzip_off_t usize; zzip_plugin_io_t io; };
ZZIP_FILE *zzip_open_ext_io(zzip_char_t *name, int o_flags, int o_modes, const char **ext, zzip_plugin_io_t io) {
  (void)ext;
  if (!io) return NULL;
  int fd = io->open(name, o_flags, o_modes);
  if (fd < 0) return NULL;
  ZZIP_FILE *fp = calloc(1, sizeof *fp);
  if (!fp) { io->close(fd); return NULL; }
  fp->fd = fd; fp->io = io; fp->usize = io->filesize(fd);
  return fp;
}
zzip_ssize_t zzip_read(ZZIP_FILE *fp, void *buf, zzip_size_t len) {
  zzip_ssize_t n = fp->io->read(fp->fd, buf, len);
  if (n > 0) fp->offset += n;
  return n;
}
zzip_off_t zzip_seek(ZZIP_FILE *fp, zzip_off_t offset, int whence) {
  zzip_off_t r = fp->io->seeks(fp->fd, offset, whence);
  if (r >= 0) fp->offset = r;
  return r;
}
zzip_off_t zzip_tell(ZZIP_FILE *fp) { return fp->offset; }
int zzip_close(ZZIP_FILE *fp) { int r = fp->io->close(fp->fd); free(fp); return r; }
