// expect: info
// why: struct fuse_operations is filled by the caller and passed to fuse_main_real together with sizeof(struct
// why: fuse_operations) as op_size (the fuse_main macro does it). FUSE 2.8 appends ioctl and poll; fuse_main_real
// why: copies only min(op_size, sizeof *op) bytes into a zeroed table of its own, so an old caller's 32-byte table
// why: is never read past its end and the new slots stay NULL (unimplemented): a table versioned by a size
// why: argument grown at its end (like 401 and 321).
// abidiff: 4 disagree: abidiff reports ioctl and poll appended to struct fuse_operations; fuse_main_real copies only the op_size bytes the caller passes (sizeof its own table), so an old 32-byte table is never read past its end (as in 401, with a size instead of a version).
//--- v1/fuse.h
#include <stddef.h>
#include <sys/types.h>
struct stat;
struct fuse_file_info { int flags; unsigned long fh_old; int writepage; unsigned int direct_io : 1; unsigned int keep_cache : 1; unsigned long long fh; };
struct fuse_operations {
  int (*getattr)(const char *, struct stat *);
  int (*open)(const char *, struct fuse_file_info *);
  int (*read)(const char *, char *, size_t, off_t, struct fuse_file_info *);
  int (*release)(const char *, struct fuse_file_info *);
};
int fuse_main_real(int argc, char *argv[], const struct fuse_operations *op, size_t op_size, void *user_data);
#define fuse_main(argc, argv, op, user_data) fuse_main_real(argc, argv, op, sizeof(*(op)), user_data)
//--- v2/fuse.h
#include <stddef.h>
#include <sys/types.h>
struct stat;
struct fuse_file_info { int flags; unsigned long fh_old; int writepage; unsigned int direct_io : 1; unsigned int keep_cache : 1; unsigned long long fh; };
struct fuse_pollhandle;
struct fuse_operations {
  int (*getattr)(const char *, struct stat *);
  int (*open)(const char *, struct fuse_file_info *);
  int (*read)(const char *, char *, size_t, off_t, struct fuse_file_info *);
  int (*release)(const char *, struct fuse_file_info *);
  int (*ioctl)(const char *, int cmd, void *arg, struct fuse_file_info *, unsigned int flags, void *data);
  int (*poll)(const char *, struct fuse_file_info *, struct fuse_pollhandle *ph, unsigned *reventsp);
};
int fuse_main_real(int argc, char *argv[], const struct fuse_operations *op, size_t op_size, void *user_data);
#define fuse_main(argc, argv, op, user_data) fuse_main_real(argc, argv, op, sizeof(*(op)), user_data)
//--- v1
#include <string.h>
#include "fuse.h"
static struct fuse_operations registered;
static void *registered_data;
int fuse_main_real(int argc, char *argv[], const struct fuse_operations *op, size_t op_size, void *user_data) {
  if (op_size > sizeof registered) op_size = sizeof registered;
  memset(&registered, 0, sizeof registered);
  memcpy(&registered, op, op_size);
  registered_data = user_data;
  if (argc < 2 || !argv[1]) return 1;
  struct fuse_file_info fi = {0};
  if (registered.open && registered.open("/", &fi) != 0) return 1;
  if (registered.release) registered.release("/", &fi);
  return 0;
}
//--- v2
#include <string.h>
#include "fuse.h"
static struct fuse_operations registered;
static void *registered_data;
int fuse_main_real(int argc, char *argv[], const struct fuse_operations *op, size_t op_size, void *user_data) {
  if (op_size > sizeof registered) op_size = sizeof registered;
  memset(&registered, 0, sizeof registered);
  memcpy(&registered, op, op_size);
  registered_data = user_data;
  if (argc < 2 || !argv[1]) return 1;
  struct fuse_file_info fi = {0};
  if (registered.open && registered.open("/", &fi) != 0) return 1;
  if (registered.poll) { unsigned revents = 0; registered.poll("/", &fi, NULL, &revents); }
  if (registered.release) registered.release("/", &fi);
  return 0;
}
