// expect: none
// why: struct mspack_system is the I/O table applications fill and pass to mspack_create_cab_decompressor. v2
// why: renames its callbacks' parameters (file to self, mode to whence) and spells two of them through new typedefs
// why: (mspack_file_t for struct mspack_file, mspack_off_t for off_t). Parameter names are not part of a function
// why: type and each typedef names the type it replaces: every member is the same pointer type.
// abidiff: 0 agree
//--- v1/mspack.h
#include <sys/types.h>
struct mspack_file;
struct mspack_system {
    struct mspack_file *(*open)(struct mspack_system *self, const char *filename, int mode);
    void (*close)(struct mspack_file *file);
    int (*read)(struct mspack_file *file, void *buffer, int bytes);
    int (*seek)(struct mspack_file *file, off_t offset, int mode);
    off_t (*tell)(struct mspack_file *file);
    void *(*alloc)(struct mspack_system *self, size_t bytes);
    void (*free)(void *ptr);
    void *null_ptr;
};
struct mscab_decompressor;
struct mscab_decompressor *mspack_create_cab_decompressor(struct mspack_system *sys);
int mspack_cab_probe(struct mscab_decompressor *d, const char *filename);
void mspack_destroy_cab_decompressor(struct mscab_decompressor *d);
//--- v2/mspack.h
#include <sys/types.h>
typedef struct mspack_file mspack_file_t;
typedef off_t mspack_off_t;
struct mspack_system {
    mspack_file_t *(*open)(struct mspack_system *self, const char *filename, int mode);
    void (*close)(mspack_file_t *self);
    int (*read)(mspack_file_t *self, void *buf, int len);
    int (*seek)(mspack_file_t *self, mspack_off_t off, int whence);
    mspack_off_t (*tell)(mspack_file_t *self);
    void *(*alloc)(struct mspack_system *self, size_t bytes);
    void (*free)(void *ptr);
    void *null_ptr;
};
struct mscab_decompressor;
struct mscab_decompressor *mspack_create_cab_decompressor(struct mspack_system *sys);
int mspack_cab_probe(struct mscab_decompressor *d, const char *filename);
void mspack_destroy_cab_decompressor(struct mscab_decompressor *d);
//--- v1
#include <stdlib.h>
#include "mspack.h"
struct mscab_decompressor { struct mspack_system *sys; int error; };
struct mscab_decompressor *mspack_create_cab_decompressor(struct mspack_system *sys) { if (!sys || sys->null_ptr) return 0; struct mscab_decompressor *d = sys->alloc(sys, sizeof *d); if (d) { d->sys = sys; d->error = 0; } return d; }
int mspack_cab_probe(struct mscab_decompressor *d, const char *filename) { struct mspack_file *f = d->sys->open(d->sys, filename, 0); if (!f) return d->error = 2; char sig[4]; int ok = d->sys->read(f, sig, 4) == 4 && sig[0] == 'M' && sig[1] == 'S' && sig[2] == 'C' && sig[3] == 'F'; d->sys->seek(f, 0, 0); d->sys->close(f); return ok ? 0 : (d->error = 3); }
void mspack_destroy_cab_decompressor(struct mscab_decompressor *d) { if (d) d->sys->free(d); }
//--- v2
#include <stdlib.h>
#include "mspack.h"
struct mscab_decompressor { struct mspack_system *sys; int error; };
struct mscab_decompressor *mspack_create_cab_decompressor(struct mspack_system *sys) { if (!sys || sys->null_ptr) return 0; struct mscab_decompressor *d = sys->alloc(sys, sizeof *d); if (d) { d->sys = sys; d->error = 0; } return d; }
int mspack_cab_probe(struct mscab_decompressor *d, const char *filename) { mspack_file_t *f = d->sys->open(d->sys, filename, 0); if (!f) return d->error = 2; char sig[4]; int ok = d->sys->read(f, sig, 4) == 4 && sig[0] == 'M' && sig[1] == 'S' && sig[2] == 'C' && sig[3] == 'F'; d->sys->seek(f, 0, 0); d->sys->close(f); return ok ? 0 : (d->error = 3); }
void mspack_destroy_cab_decompressor(struct mscab_decompressor *d) { if (d) d->sys->free(d); }
