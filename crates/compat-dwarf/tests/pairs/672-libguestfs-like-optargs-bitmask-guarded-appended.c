// expect: info
// why: struct guestfs_add_drive_opts_argv is filled by callers and handed to guestfs_add_drive_opts_argv; its first
// why: member bitmask says which optional members the caller set, and the library reads a member only when its bit
// why: is set. v2 appends const char *label with bit 3, which old callers never set, so their shorter structs are
// why: never read past their end (the flag-guarded convention of 439).
// abidiff: 4 disagree: abidiff reports the member appended; the library reads it only when its bitmask bit, which old callers never set, is present.
//--- v1/guestfs.h
#include <stdint.h>
typedef struct guestfs_h guestfs_h;
#define GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK (UINT64_C(1) << 0)
#define GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK (UINT64_C(1) << 1)
#define GUESTFS_ADD_DRIVE_OPTS_IFACE_BITMASK (UINT64_C(1) << 2)
struct guestfs_add_drive_opts_argv { uint64_t bitmask; int readonly; const char *format; const char *iface; };
guestfs_h *guestfs_create(void);
int guestfs_add_drive_opts_argv(guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *optargs);
//--- v2/guestfs.h
#include <stdint.h>
typedef struct guestfs_h guestfs_h;
#define GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK (UINT64_C(1) << 0)
#define GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK (UINT64_C(1) << 1)
#define GUESTFS_ADD_DRIVE_OPTS_IFACE_BITMASK (UINT64_C(1) << 2)
#define GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK (UINT64_C(1) << 3)
struct guestfs_add_drive_opts_argv { uint64_t bitmask; int readonly; const char *format; const char *iface; const char *label; };
guestfs_h *guestfs_create(void);
int guestfs_add_drive_opts_argv(guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *optargs);
//--- v1
#include <stdlib.h>
#include "guestfs.h"
struct guestfs_h { int ndrives; int readonly; };
guestfs_h *guestfs_create(void) { return calloc(1, sizeof(guestfs_h)); }
int guestfs_add_drive_opts_argv(guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *o) { if (!g || !filename) return -1; if (o && (o->bitmask & GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK)) g->readonly = o->readonly; if (o && (o->bitmask & GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK) && !o->format) return -1; return g->ndrives++; }
//--- v2
#include <stdlib.h>
#include "guestfs.h"
struct guestfs_h { int ndrives; int readonly; };
guestfs_h *guestfs_create(void) { return calloc(1, sizeof(guestfs_h)); }
int guestfs_add_drive_opts_argv(guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *o) { if (!g || !filename) return -1; if (o && (o->bitmask & GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK)) g->readonly = o->readonly; if (o && (o->bitmask & GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK) && !o->format) return -1; if (o && (o->bitmask & GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK) && !o->label) return -1; return g->ndrives++; }
