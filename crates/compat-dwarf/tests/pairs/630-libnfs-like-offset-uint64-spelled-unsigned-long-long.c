// expect: info
// why: struct nfs_stat_64 is caller-allocated (nfs_stat64 fills the caller's object). v2 declares nfs_size as
// why: unsigned long long instead of uint64_t (unsigned long on LP64): a different type of the same size,
// why: alignment and signedness at the same offset, so binaries are unaffected; pointers to the member
// why: (uint64_t *) no longer match it in sources: an API change worth a line.
// abidiff: 4 disagree: abidiff reports the member's type name changed; the representation is the same.
//--- v1/libnfs.h
#include <stdint.h>
struct nfs_stat_64 { uint64_t nfs_ino; uint64_t nfs_size; uint32_t nfs_mode; };
int nfs_stat64(const char *path, struct nfs_stat_64 *st);
//--- v2/libnfs.h
#include <stdint.h>
struct nfs_stat_64 { uint64_t nfs_ino; unsigned long long nfs_size; uint32_t nfs_mode; };
int nfs_stat64(const char *path, struct nfs_stat_64 *st);
//--- v1
#include <string.h>
#include "libnfs.h"
int nfs_stat64(const char *path, struct nfs_stat_64 *st) { st->nfs_ino = strlen(path); st->nfs_size = 4096; st->nfs_mode = 0644; return 0; }
//--- v2
#include <string.h>
#include "libnfs.h"
int nfs_stat64(const char *path, struct nfs_stat_64 *st) { st->nfs_ino = strlen(path); st->nfs_size = 4096; st->nfs_mode = 0644; return 0; }
