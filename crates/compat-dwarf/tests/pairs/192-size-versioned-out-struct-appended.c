// expect: info
// why: struct dev_info is filled into a caller-allocated buffer, versioned by its size member as Linux's
// why: extensible structs are: callers set size = sizeof(struct dev_info). v2 appends caps2 and writes it only
// why: when the caller's size covers it, so old callers' 16-byte buffers are never overrun and their members
// why: keep their offsets; only new callers get caps2.
// abidiff: 4 disagree: abidiff reports struct dev_info grown; the library writes caps2 only when the caller's size member covers it, so old callers' buffers are never overrun.
//--- v1/dev.h
#include <stdint.h>
struct dev_info { uint32_t size; uint32_t flags; uint64_t caps; };
int dev_query(int fd, struct dev_info *info);
//--- v2/dev.h
#include <stdint.h>
struct dev_info { uint32_t size; uint32_t flags; uint64_t caps; uint64_t caps2; };
int dev_query(int fd, struct dev_info *info);
//--- v1
#include "dev.h"
int dev_query(int fd, struct dev_info *info)
{
    if (info->size < sizeof *info) return -22;
    info->flags = (uint32_t)fd; info->caps = 0x3;
    return 0;
}
//--- v2
#include <stddef.h>
#include "dev.h"
int dev_query(int fd, struct dev_info *info)
{
    if (info->size < offsetof(struct dev_info, caps2)) return -22;
    info->flags = (uint32_t)fd; info->caps = 0x3;
    if (info->size >= sizeof *info) info->caps2 = 0x10;
    return 0;
}
