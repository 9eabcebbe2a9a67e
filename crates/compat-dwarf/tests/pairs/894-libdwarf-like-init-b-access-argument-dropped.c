// expect: breaking
// why: libdwarf 0.1 drops the obsolete Dwarf_Unsigned access argument (always DW_DLC_READ) from dwarf_init_b, keeping
// why: the name: the C symbol is the same, but every later argument moves up one register. With an old caller's
// why: arguments v2 reads access (0) as the group number, the group number as the error handler, the handler as errarg,
// why: and stores the Dwarf_Debug through the errarg pointer, taking the caller's Dwarf_Debug * as its Dwarf_Error *.
// abidiff: 4 agree
//--- dwarf-base.h
typedef unsigned long long Dwarf_Unsigned;
typedef void *Dwarf_Ptr;
typedef struct Dwarf_Debug_s *Dwarf_Debug;
typedef struct Dwarf_Error_s *Dwarf_Error;
typedef void (*Dwarf_Handler)(Dwarf_Error error, Dwarf_Ptr errarg);
#define DW_DLV_NO_ENTRY -1
#define DW_DLV_OK 0
#define DW_DLV_ERROR 1
#define DW_GROUPNUMBER_ANY 0
int dwarf_finish(Dwarf_Debug dbg);
//--- v1/libdwarf.h
#define DW_DLC_READ 0
int dwarf_init_b(int fd, Dwarf_Unsigned access, unsigned int groupnumber, Dwarf_Handler errhand, Dwarf_Ptr errarg, Dwarf_Debug *dbg, Dwarf_Error *error);
//--- v2/libdwarf.h
int dwarf_init_b(int fd, unsigned int groupnumber, Dwarf_Handler errhand, Dwarf_Ptr errarg, Dwarf_Debug *dbg, Dwarf_Error *error);
//--- v1
#include <stdlib.h>
#include <unistd.h>
#include "dwarf-base.h"
#include "libdwarf.h"
struct Dwarf_Debug_s { int fd; unsigned int group; Dwarf_Handler handler; Dwarf_Ptr errarg; };
int dwarf_init_b(int fd, Dwarf_Unsigned access, unsigned int groupnumber, Dwarf_Handler errhand, Dwarf_Ptr errarg, Dwarf_Debug *dbg, Dwarf_Error *error) {
    if (error) *error = 0;
    if (access != DW_DLC_READ || !dbg) return DW_DLV_ERROR;
    unsigned char magic[4];
    if (fd < 0 || pread(fd, magic, 4, 0) != 4 || magic[0] != 0x7f || magic[1] != 'E') return DW_DLV_NO_ENTRY;
    Dwarf_Debug d = calloc(1, sizeof *d);
    if (!d) return DW_DLV_ERROR;
    d->fd = fd; d->group = groupnumber; d->handler = errhand; d->errarg = errarg; *dbg = d;
    return DW_DLV_OK;
}
int dwarf_finish(Dwarf_Debug dbg) { free(dbg); return DW_DLV_OK; }
//--- v2
#include <stdlib.h>
#include <unistd.h>
#include "dwarf-base.h"
#include "libdwarf.h"
struct Dwarf_Debug_s { int fd; unsigned int group; Dwarf_Handler handler; Dwarf_Ptr errarg; };
int dwarf_init_b(int fd, unsigned int groupnumber, Dwarf_Handler errhand, Dwarf_Ptr errarg, Dwarf_Debug *dbg, Dwarf_Error *error) {
    if (error) *error = 0;
    if (!dbg) return DW_DLV_ERROR;
    unsigned char magic[4];
    if (fd < 0 || pread(fd, magic, 4, 0) != 4 || magic[0] != 0x7f || magic[1] != 'E') return DW_DLV_NO_ENTRY;
    Dwarf_Debug d = calloc(1, sizeof *d);
    if (!d) return DW_DLV_ERROR;
    d->fd = fd; d->group = groupnumber; d->handler = errhand; d->errarg = errarg; *dbg = d;
    return DW_DLV_OK;
}
int dwarf_finish(Dwarf_Debug dbg) { free(dbg); return DW_DLV_OK; }
