// expect: warning
// why: struct vfs (sqlite3_vfs-like) is a callback table consumers fill and register; its xopen callback's
// why: flags parameter goes from int to unsigned int: same register, same bits, so nothing moves, but a
// why: callback that tests flags < 0 for the high flag bit now sees it differently.
// abidiff: 4 agree
//--- v1/vfs.h
struct vfs_file;
struct vfs { int version; int sz_file; const char *name;
             int (*xopen)(struct vfs *v, const char *path, struct vfs_file *f, int flags);
             int (*xdelete)(struct vfs *v, const char *path, int sync); };
int vfs_register(struct vfs *v, int make_default);
//--- v2/vfs.h
struct vfs_file;
struct vfs { int version; int sz_file; const char *name;
             int (*xopen)(struct vfs *v, const char *path, struct vfs_file *f, unsigned int flags);
             int (*xdelete)(struct vfs *v, const char *path, int sync); };
int vfs_register(struct vfs *v, int make_default);
//--- lib.c
#include "vfs.h"
static struct vfs *dflt;
int vfs_register(struct vfs *v, int make_default) { if (make_default) dflt = v; return v->xopen ? v->xopen(v, 0, 0, 0x80000000u) : -1; }
