// expect: none
// why: struct drm_mode_fb_cmd2 is filled by the caller and passed to drmModeAddFB2Cmd. v2 follows the kernel
// why: uapi headers and declares modifier as __aligned_u64, the macro __u64 __attribute__((aligned(8))) (DWARF
// why: gives the member DW_AT_alignment 8). On x86-64 a __u64 is already 8-aligned and modifier already sits at
// why: byte 72: the member's type, offset and alignment and the 104-byte struct are the same in both versions.
// abidiff: 0 agree
//--- v1/drm_mode.h
typedef unsigned int __u32;
typedef unsigned long long __u64;
struct drm_mode_fb_cmd2 {
  __u32 fb_id;
  __u32 width;
  __u32 height;
  __u32 pixel_format;
  __u32 flags;
  __u32 handles[4];
  __u32 pitches[4];
  __u32 offsets[4];
  __u64 modifier[4];
};
int drmModeAddFB2Cmd(int fd, struct drm_mode_fb_cmd2 *cmd);
int drmModeRmFB(int fd, __u32 buffer_id);
//--- v2/drm_mode.h
typedef unsigned int __u32;
typedef unsigned long long __u64;
#define __aligned_u64 __u64 __attribute__((aligned(8)))
struct drm_mode_fb_cmd2 {
  __u32 fb_id;
  __u32 width;
  __u32 height;
  __u32 pixel_format;
  __u32 flags;
  __u32 handles[4];
  __u32 pitches[4];
  __u32 offsets[4];
  __aligned_u64 modifier[4];
};
int drmModeAddFB2Cmd(int fd, struct drm_mode_fb_cmd2 *cmd);
int drmModeRmFB(int fd, __u32 buffer_id);
//--- lib.c
#include <errno.h>
#include "drm_mode.h"
static __u32 next_fb_id = 1;
static int fake_ioctl_addfb2(int fd, struct drm_mode_fb_cmd2 *cmd) {
  if (fd < 0 || !cmd->width || !cmd->height || !cmd->handles[0]) return -EINVAL;
  for (int i = 1; i < 4; i++) if (!cmd->handles[i] && (cmd->pitches[i] || cmd->offsets[i] || cmd->modifier[i])) return -EINVAL;
  cmd->fb_id = next_fb_id++;
  return 0;
}
int drmModeAddFB2Cmd(int fd, struct drm_mode_fb_cmd2 *cmd) { return fake_ioctl_addfb2(fd, cmd); }
int drmModeRmFB(int fd, __u32 buffer_id) { return fd < 0 || !buffer_id ? -EINVAL : 0; }
