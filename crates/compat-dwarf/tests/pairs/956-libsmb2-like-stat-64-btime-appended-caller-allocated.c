// expect: breaking
// why: struct smb2_stat_64 is the caller's: smb2_stat and smb2_fstat fill the object the caller passes (no export
// why: hands one out). v2 appends smb2_btime and smb2_btime_nsec (libsmb2 4's birth time), growing it from 80 to 96
// why: bytes: the new library writes 16 bytes past the end of an old caller's stack object.
// abidiff: 4 agree
//--- v1/smb2.h
#include <stdint.h>
struct smb2_context;
struct smb2fh;
struct smb2_stat_64 {
    uint32_t smb2_type;
    uint32_t smb2_nlink;
    uint64_t smb2_ino;
    uint64_t smb2_size;
    uint64_t smb2_atime;
    uint64_t smb2_atime_nsec;
    uint64_t smb2_mtime;
    uint64_t smb2_mtime_nsec;
    uint64_t smb2_ctime;
    uint64_t smb2_ctime_nsec;
};
struct smb2_context *smb2_init_context(void);
int smb2_stat(struct smb2_context *smb2, const char *path, struct smb2_stat_64 *st);
int smb2_fstat(struct smb2_context *smb2, struct smb2fh *fh, struct smb2_stat_64 *st);
//--- v2/smb2.h
#include <stdint.h>
struct smb2_context;
struct smb2fh;
struct smb2_stat_64 {
    uint32_t smb2_type;
    uint32_t smb2_nlink;
    uint64_t smb2_ino;
    uint64_t smb2_size;
    uint64_t smb2_atime;
    uint64_t smb2_atime_nsec;
    uint64_t smb2_mtime;
    uint64_t smb2_mtime_nsec;
    uint64_t smb2_ctime;
    uint64_t smb2_ctime_nsec;
    uint64_t smb2_btime;
    uint64_t smb2_btime_nsec;
};
struct smb2_context *smb2_init_context(void);
int smb2_stat(struct smb2_context *smb2, const char *path, struct smb2_stat_64 *st);
int smb2_fstat(struct smb2_context *smb2, struct smb2fh *fh, struct smb2_stat_64 *st);
//--- v1
#include <stdlib.h>
#include <string.h>
#include "smb2.h"
struct smb2_context { uint64_t now; uint32_t tree_id; };
struct smb2fh { uint64_t file_id; uint64_t size; };
struct smb2_context *smb2_init_context(void) { struct smb2_context *c = calloc(1, sizeof *c); if (c) c->now = 1700000000; return c; }
static void fill(struct smb2_context *smb2, uint64_t ino, uint64_t size, struct smb2_stat_64 *st) {
    memset(st, 0, sizeof *st); st->smb2_type = 0; st->smb2_nlink = 1; st->smb2_ino = ino; st->smb2_size = size;
    st->smb2_atime = st->smb2_mtime = st->smb2_ctime = smb2->now;
}
int smb2_stat(struct smb2_context *smb2, const char *path, struct smb2_stat_64 *st) { if (!smb2 || !path || !st) return -22; fill(smb2, strlen(path), 4096, st); return 0; }
int smb2_fstat(struct smb2_context *smb2, struct smb2fh *fh, struct smb2_stat_64 *st) { if (!smb2 || !fh || !st) return -22; fill(smb2, fh->file_id, fh->size, st); return 0; }
//--- v2
#include <stdlib.h>
#include <string.h>
#include "smb2.h"
struct smb2_context { uint64_t now; uint32_t tree_id; };
struct smb2fh { uint64_t file_id; uint64_t size; };
struct smb2_context *smb2_init_context(void) { struct smb2_context *c = calloc(1, sizeof *c); if (c) c->now = 1700000000; return c; }
static void fill(struct smb2_context *smb2, uint64_t ino, uint64_t size, struct smb2_stat_64 *st) {
    memset(st, 0, sizeof *st); st->smb2_type = 0; st->smb2_nlink = 1; st->smb2_ino = ino; st->smb2_size = size;
    st->smb2_atime = st->smb2_mtime = st->smb2_ctime = st->smb2_btime = smb2->now;
}
int smb2_stat(struct smb2_context *smb2, const char *path, struct smb2_stat_64 *st) { if (!smb2 || !path || !st) return -22; fill(smb2, strlen(path), 4096, st); return 0; }
int smb2_fstat(struct smb2_context *smb2, struct smb2fh *fh, struct smb2_stat_64 *st) { if (!smb2 || !fh || !st) return -22; fill(smb2, fh->file_id, fh->size, st); return 0; }
