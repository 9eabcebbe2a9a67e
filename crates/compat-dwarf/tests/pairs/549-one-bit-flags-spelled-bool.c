// expect: info
// why: struct mount_flags is caller-allocated (fs_mount takes a pointer). Its one-bit fields were unsigned int
// why: readonly : 1 and noexec : 1; v2 declares them bool readonly : 1 and bool noexec : 1. The bits stay at the
// why: same positions in the same 4-byte struct, and a one-bit unsigned field and a one-bit bool field hold exactly
// why: the values 0 and 1, so old callers' bits mean what they meant; the declared type a source sees changed.
// abidiff: 4 disagree: abidiff reports readonly and noexec changed from unsigned int to bool; both are one-bit fields at the same bits, which hold exactly 0 and 1 either way.
//--- v1/mnt.h
struct mount_flags { unsigned int readonly : 1; unsigned int noexec : 1; unsigned int reserved : 30; };
int fs_mount(const char *src, const struct mount_flags *f);
//--- v2/mnt.h
#include <stdbool.h>
struct mount_flags { bool readonly : 1; bool noexec : 1; unsigned int reserved : 30; };
int fs_mount(const char *src, const struct mount_flags *f);
//--- v1
#include "mnt.h"
int fs_mount(const char *src, const struct mount_flags *f) { return src ? (f->readonly ? 1 : 0) + (f->noexec ? 2 : 0) : -1; }
//--- v2
#include "mnt.h"
int fs_mount(const char *src, const struct mount_flags *f) { return src ? (f->readonly ? 1 : 0) + (f->noexec ? 2 : 0) : -1; }
