// expect: breaking
// why: The other side of 463: struct vfs_ops is a callback table the caller fills and hands to vfs_register
// why: with ops_size = sizeof(struct vfs_ops), the size-argument convention; but v2 inserts stat before read
// why: instead of appending it, so read and close move by 8 bytes and the library calls an old caller's close
// why: where it means read. A size argument only protects growth at the end.
// abidiff: 4 agree
//--- v1/vfs.h
#include <stddef.h>
struct vfs_ops {
  int (*open)(const char *path, void **handle);
  long (*read)(void *handle, void *buf, size_t len);
  int (*close)(void *handle);
};
int vfs_register(const char *scheme, const struct vfs_ops *ops, size_t ops_size);
//--- v2/vfs.h
#include <stddef.h>
struct vfs_ops {
  int (*open)(const char *path, void **handle);
  int (*stat)(void *handle, long *size);
  long (*read)(void *handle, void *buf, size_t len);
  int (*close)(void *handle);
};
int vfs_register(const char *scheme, const struct vfs_ops *ops, size_t ops_size);
//--- v1
#include <string.h>
#include "vfs.h"
static struct vfs_ops table;
int vfs_register(const char *scheme, const struct vfs_ops *ops, size_t ops_size) {
  if (!scheme || !*scheme) return -1;
  memset(&table, 0, sizeof table);
  memcpy(&table, ops, ops_size < sizeof table ? ops_size : sizeof table);
  return table.open && table.read ? 0 : -1;
}
//--- v2
#include <string.h>
#include "vfs.h"
static struct vfs_ops table;
int vfs_register(const char *scheme, const struct vfs_ops *ops, size_t ops_size) {
  if (!scheme || !*scheme) return -1;
  memset(&table, 0, sizeof table);
  memcpy(&table, ops, ops_size < sizeof table ? ops_size : sizeof table);
  return table.open && table.read ? 0 : -1;
}
