// expect: none
// why: util-linux's blkid.h spells its declarations with the library's own typedefs and attributes: v2 writes
// why: blkid_loff_t (typedef int64_t) where v1 wrote int64_t for offsets and sizes, blkid_probe (typedef struct
// why: blkid_struct_probe *) where v1 wrote the struct pointer, and adds __attribute__((nonnull)) and
// why: warn_unused_result. Typedefs name the same types and these attributes only inform the compiler at call sites:
// why: every function keeps its symbol, registers and types.
// abidiff: 0 agree
//--- v1/blkid.h
#include <stdint.h>
typedef struct blkid_struct_probe *blkid_probe;
typedef int64_t blkid_loff_t;
blkid_probe blkid_new_probe(void);
int blkid_probe_set_device(struct blkid_struct_probe *pr, int fd, int64_t off, int64_t size);
int64_t blkid_probe_get_offset(blkid_probe pr);
int64_t blkid_probe_get_size(blkid_probe pr);
int blkid_do_safeprobe(struct blkid_struct_probe *pr);
void blkid_free_probe(blkid_probe pr);
//--- v2/blkid.h
#include <stdint.h>
#define __ul_attribute__(x) __attribute__(x)
typedef struct blkid_struct_probe *blkid_probe;
typedef int64_t blkid_loff_t;
blkid_probe blkid_new_probe(void) __ul_attribute__((warn_unused_result));
int blkid_probe_set_device(blkid_probe pr, int fd, blkid_loff_t off, blkid_loff_t size) __ul_attribute__((nonnull));
blkid_loff_t blkid_probe_get_offset(blkid_probe pr) __ul_attribute__((nonnull));
blkid_loff_t blkid_probe_get_size(blkid_probe pr) __ul_attribute__((nonnull));
int blkid_do_safeprobe(blkid_probe pr) __ul_attribute__((nonnull));
void blkid_free_probe(blkid_probe pr);
//--- v1
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "blkid.h"
struct blkid_struct_probe { int fd; int64_t off; int64_t size; unsigned int flags; };
blkid_probe blkid_new_probe(void) { return calloc(1, sizeof(struct blkid_struct_probe)); }
int blkid_probe_set_device(struct blkid_struct_probe *pr, int fd, int64_t off, int64_t size) {
  struct stat st;
  if (fstat(fd, &st) != 0) return -1;
  pr->fd = fd; pr->off = off; pr->size = size ? size : (int64_t)st.st_size - off;
  return pr->size < 0 ? -1 : 0;
}
int64_t blkid_probe_get_offset(blkid_probe pr) { return pr->off; }
int64_t blkid_probe_get_size(blkid_probe pr) { return pr->size; }
int blkid_do_safeprobe(struct blkid_struct_probe *pr) {
  unsigned char magic[2];
  if (pread(pr->fd, magic, 2, pr->off + 1080) != 2) return -1;
  return magic[0] == 0x53 && magic[1] == 0xEF ? 0 : 1;
}
void blkid_free_probe(blkid_probe pr) { free(pr); }
//--- v2
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "blkid.h"
struct blkid_struct_probe { int fd; blkid_loff_t off; blkid_loff_t size; unsigned int flags; };
blkid_probe blkid_new_probe(void) { return calloc(1, sizeof(struct blkid_struct_probe)); }
int blkid_probe_set_device(blkid_probe pr, int fd, blkid_loff_t off, blkid_loff_t size) {
  struct stat st;
  if (fstat(fd, &st) != 0) return -1;
  pr->fd = fd; pr->off = off; pr->size = size ? size : (blkid_loff_t)st.st_size - off;
  return pr->size < 0 ? -1 : 0;
}
blkid_loff_t blkid_probe_get_offset(blkid_probe pr) { return pr->off; }
blkid_loff_t blkid_probe_get_size(blkid_probe pr) { return pr->size; }
int blkid_do_safeprobe(blkid_probe pr) {
  unsigned char magic[2];
  if (pread(pr->fd, magic, 2, pr->off + 1080) != 2) return -1;
  return magic[0] == 0x53 && magic[1] == 0xEF ? 0 : 1;
}
void blkid_free_probe(blkid_probe pr) { free(pr); }
